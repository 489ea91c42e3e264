// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { WorkedPeriods } from '../../../components/dashboard/views/WorkedPeriods';

function text(node: preact.ComponentChild): string {
  const root = document.createElement('div');
  render(node, root);
  return root.textContent ?? '';
}

describe('a Locum A’s rows in the months view', () => {
  const periods = [
    { from: '2026-05-05', to: '2026-05-06' },
    { from: '2026-05-12', to: '2026-05-12' },
  ];

  it('lists practice work by its dates', () => {
    expect(text(<WorkedPeriods periods={periods} appraisalRows={undefined} />)).toBe('05/05/2026 to 06/05/2026; 12/05/2026');
  });

  it('gives each appraisal row from 2026/27 its share of the fee', () => {
    const rows = [
      { from: '2026-05-05', to: '2026-05-06', days: 2, feePence: 25_001 },
      { from: '2026-05-12', to: '2026-05-12', days: 1, feePence: 25_000 },
    ];
    expect(text(<WorkedPeriods periods={periods} appraisalRows={rows} />)).toBe(
      '05/05/2026 to 06/05/2026 (£250.01); 12/05/2026 (£250.00), the fee split equally between the rows',
    );
  });
});
