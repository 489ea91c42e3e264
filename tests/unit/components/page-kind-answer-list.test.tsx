// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PageToBackground } from '../../../lib/ledger/messages';
import type { PageKindAnswer } from '../../../lib/shared/records';

const sent: PageToBackground[] = [];
vi.mock('../../../lib/ledger/client', () => ({
  ask: vi.fn(async (request: PageToBackground) => {
    sent.push(request);
  }),
}));

const { PageKindAnswerList } = await import('../../../components/dashboard/views/PageKindAnswerList');

const ANSWERS: PageKindAnswer[] = [
  { fingerprint: 'f-1', kind: 'locumAForm', heading: 'Submit your work details', answeredAt: '2026-03-20T10:00:00.000Z' },
  { fingerprint: 'f-2', kind: 'locumBConfirmation', heading: '', answeredAt: '2026-03-21T10:00:00.000Z' },
];

describe('the answers to "What is this page?" in Settings', () => {
  it('lists each answer by its page’s heading, and Forget forgets that one only', async () => {
    const root = document.createElement('div');
    const onChange = vi.fn();
    await act(() => render(<PageKindAnswerList answers={ANSWERS} onChange={onChange} />, root));
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '"Submit your work details": taken as a Locum A form, answered 20/03/2026. Forget',
      '"A page without a heading": taken as a Locum B confirmation, answered 21/03/2026. Forget',
    ]);
    const forget = [...root.querySelectorAll('button')].find(
      (button) => button.getAttribute('aria-label') === 'Forget your answer for "Submit your work details"',
    )!;
    await act(async () => {
      forget.click();
      await new Promise((settled) => setTimeout(settled, 0));
    });
    expect(sent).toEqual([{ type: 'page-kind-answers/forget', fingerprints: ['f-1'] }]);
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('says when there are none', async () => {
    const root = document.createElement('div');
    await act(() => render(<PageKindAnswerList answers={[]} onChange={() => undefined} />, root));
    expect(root.textContent).toBe('No answers to "What is this page?" yet.');
  });
});
