// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const askBackground = vi.hoisted(() => vi.fn());
vi.mock('@/components/panel/ask-background', () => ({ askBackground }));
const { ApproverPanel } = await import('../../../components/practice/ApproverPanel');

const page = (main: string) => new DOMParser().parseFromString(`<header><span>Riverside (Y99901)</span></header>${main}`, 'text/html');

async function shown(doc: Document): Promise<HTMLElement> {
  const root = document.createElement('div');
  await act(() => render(<ApproverPanel doc={doc} />, root));
  return root;
}

describe('ApproverPanel reads the Locum A whatever the layout', () => {
  beforeEach(() => {
    askBackground.mockReset();
    askBackground.mockReturnValue(new Promise(() => {}));
  });

  it('an ASP.NET layout table with no main region, dates in a grid with first and last day columns', async () => {
    await shown(
      page(`<form id="aspnetForm"><table class="DetailsView">
        <tr><td class="FieldHeader">Practice name</td><td>Riverside Medical Centre (Y99901)</td></tr>
        <tr><td class="FieldHeader">Gross pay</td><td>£1,000.00</td></tr>
        <tr><td class="FieldHeader">Date of payment</td><td>10/03/2026</td></tr></table>
        <h3>Dates worked</h3><table class="GridView"><tr class="GridHeader"><th scope="col">Start</th><th scope="col">End</th></tr>
        <tr><td>02/03/2026</td><td>03/03/2026</td></tr></table></form>`),
    );
    expect(askBackground).toHaveBeenCalledWith({
      type: 'portal/review',
      locumA: {
        practiceText: 'Riverside Medical Centre (Y99901)',
        odsCode: 'Y99901',
        periods: [{ from: '2026-03-02', to: '2026-03-03' }],
        feePence: 100000,
        paidOn: '2026-03-10',
      },
      organisationText: 'Riverside (Y99901)',
    });
  });

  it('says which value it could not read, and that no check ran', async () => {
    const root = await shown(page('<main><dl><dt>Practice</dt><dd>Riverside</dd><dt>Fee</dt><dd>£10.00</dd></dl></main>'));
    expect(askBackground).not.toHaveBeenCalled();
    expect(root.textContent).toBe(
      'Could not read this Locum A: the dates worked are not shown.The checks need it, so none were run: check this Locum A on the page yourself.',
    );
  });
});
