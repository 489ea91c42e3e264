// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const askBackground = vi.hoisted(() => vi.fn());
vi.mock('@/components/panel/ask-background', () => ({ askBackground }));
const { ReceiptCapture } = await import('../../../components/panel/ReceiptCapture');

const RECEIPT = { reference: 'LA-000302', amountPence: 0, date: '2026-03-03' };
const page = (main: string) => new DOMParser().parseFromString(`<title>Locum A submitted</title><main>${main}</main>`, 'text/html');

async function shown(doc: Document): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<ReceiptCapture doc={doc} kind="A" />, root));
  return root;
}

describe('ReceiptCapture when the page shows two references alike', () => {
  beforeEach(() => {
    askBackground.mockReset();
    askBackground.mockResolvedValue({ receipt: RECEIPT, alreadyKept: false });
  });

  it('asks which is the form’s, with the page’s words beside each, and keeps the one chosen', async () => {
    const root = await shown(page('<p>Reference: LA-000301</p><p>Your form reference LA-000302</p>'));
    expect(askBackground).not.toHaveBeenCalled();
    expect(root.textContent).toContain("Which one is this form's reference?");
    expect(root.textContent).toContain('LA-000301, where the page says: “Reference: LA-000301”');
    expect(root.textContent).toContain('LA-000302, where the page says: “Your form reference LA-000302”');
    const radio = root.querySelector<HTMLInputElement>('input[value="LA-000302"]')!;
    await act(() => {
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(askBackground).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'portal/confirmation',
        confirmation: expect.objectContaining({ kind: 'A', formReference: 'LA-000302' }),
      }),
    );
    await vi.waitFor(() => expect(root.textContent).toContain('Receipt saved: LA-000302'));
  });

  it('"None of these" on a page with no payment reference lets the person type the reference', async () => {
    const root = await shown(page('<p>Reference: LA-000301</p><p>Reference: LA-000302</p>'));
    const none = root.querySelector<HTMLInputElement>('input[value=""]')!;
    await act(() => {
      none.checked = true;
      none.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(askBackground).not.toHaveBeenCalled();
    expect(root.textContent).toContain('could not find a reference');
  });

  it('one reference: kept straight away, no question', async () => {
    await shown(page('<p>Your reference LA-000123</p>'));
    expect(askBackground).toHaveBeenCalledWith(
      expect.objectContaining({ confirmation: expect.objectContaining({ formReference: 'LA-000123' }) }),
    );
  });
});
