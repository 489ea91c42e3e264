// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { DetectedPage } from '../../../lib/portal/detect/detect-page';
import { requestFill } from '../../../lib/portal/fill/fill-requests';
import type { ContentToBackground } from '../../../lib/portal/messages';
import type { PageKindAnswer } from '../../../lib/shared/records';

const sent: ContentToBackground[] = [];
vi.mock('../../../components/panel/ask-background', () => ({
  askBackground: vi.fn(async (request: ContentToBackground) => {
    sent.push(request);
    if (request.type === 'portal/save-page-kind-answer') return { ...request.answer, answeredAt: '2026-03-20T10:00:00.000Z' };
    if (request.type === 'portal/form-choices') return { choices: [], mappings: [] };
    throw new Error(`not expected in this test: ${request.type}`);
  }),
}));

const { Panel } = await import('../../../components/panel/Panel');

/** A page the detector could not place: no kind clearly ahead, and form controls on it. */
const ASKED: DetectedPage = {
  kind: 'unknown',
  heading: 'Submit your work details',
  scores: [
    { kind: 'locumAForm', score: 2.1 },
    { kind: 'locumBForm', score: 2 },
  ],
  ask: true,
  fingerprint: '0a1b2c3d4e5f6071',
  answered: false,
};

let root: HTMLElement;
let answered: Mock<(answer: PageKindAnswer) => void>;

async function show(page: DetectedPage, initiallyOpen = false) {
  await act(() => render(<Panel page={page} doc={document} initiallyOpen={initiallyOpen} onAnswered={answered} />, root));
}

const radios = () => [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const radio = (label: string) => radios().find((input) => input.closest('label')?.textContent?.trim() === label)!;
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
/** Save, and the background's reply: the save is awaited before the panel changes. */
const submit = () =>
  act(async () => {
    root.querySelector('form.page-kind')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await new Promise((settled) => setTimeout(settled, 0));
  });

beforeEach(() => {
  sent.length = 0;
  answered = vi.fn<(answer: PageKindAnswer) => void>();
  document.body.innerHTML = '<main><h1>Submit your work details</h1><form><input name="a"><input name="b"></form></main>';
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  document.body.innerHTML = '';
});

describe('"What is this page?"', () => {
  it('opens the panel with one question: a fieldset, its legend and five answers, none chosen for the user', async () => {
    await show(ASKED);
    expect(root.querySelector('.panel__body')!.hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('fieldset legend')!.textContent).toBe('What is this page?');
    expect(radios().map((input) => input.closest('label')!.textContent!.trim())).toEqual([
      'Locum A form',
      'Locum B form',
      'Confirmation (a form was submitted)',
      'Approval review',
      'None of these',
    ]);
    expect(new Set(radios().map((input) => input.name)).size).toBe(1);
    expect(radios().some((input) => input.checked)).toBe(false);
    expect(button('Save').getAttribute('type')).toBe('submit');
  });

  it('asks for a choice rather than saving nothing', async () => {
    await show(ASKED);
    await submit();
    expect(root.querySelector('[role=alert]')!.textContent).toBe('Choose what this page is, then Save.');
    expect(sent).toEqual([]);
  });

  it('keeps the answer for this page’s fingerprint, with its heading, and hands it on to be detected again', async () => {
    await show(ASKED);
    await act(() => radio('Locum A form').click());
    await submit();
    expect(sent).toEqual([
      {
        type: 'portal/save-page-kind-answer',
        answer: { fingerprint: '0a1b2c3d4e5f6071', kind: 'locumAForm', heading: 'Submit your work details' },
      },
    ]);
    expect(answered).toHaveBeenCalledWith({
      fingerprint: '0a1b2c3d4e5f6071',
      kind: 'locumAForm',
      heading: 'Submit your work details',
      answeredAt: '2026-03-20T10:00:00.000Z',
    });
    expect(root.querySelector('fieldset')).toBeNull();
  });

  it('keeps "confirmation" as a Locum B confirmation when the page shows a Locum B payment reference, else a Locum A one', async () => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Your payment reference is 84123456LOCMAR2026-01</p>');
    await show(ASKED);
    await act(() => radio('Confirmation (a form was submitted)').click());
    await submit();
    expect(sent.at(-1)).toMatchObject({ answer: { kind: 'locumBConfirmation' } });
    document.querySelector('main p')!.remove();
    render(null, root);
    await show(ASKED);
    await act(() => radio('Confirmation (a form was submitted)').click());
    await submit();
    expect(sent.at(-1)).toMatchObject({ answer: { kind: 'locumAConfirmation' } });
  });

  it('says on an answered page that it was the user’s answer, and Change asks again with that answer chosen', async () => {
    await show({ ...ASKED, kind: 'unknown', ask: false, answered: true });
    expect(root.querySelector('.page-kind-note')!.textContent).toBe('Taken as none of these (your answer) · Change');
    expect(root.querySelector('fieldset')).toBeNull();
    await act(() => button('Change').click());
    expect(radio('None of these').checked).toBe(true);
    await act(() => button('Keep my answer').click());
    expect(root.querySelector('fieldset')).toBeNull();
    await act(() => button('Change').click());
    await act(() => radio('Locum B form').click());
    await submit();
    expect(sent.at(-1)).toMatchObject({ answer: { kind: 'locumBForm' } });
    // The same page, re-detected with an unchanged kind, would not re-mount: the note is back without it.
    expect(root.querySelector('.page-kind-note')).not.toBeNull();
  });

  it('names a Locum A form answered by the user as such', async () => {
    await show({ ...ASKED, kind: 'locumAForm', ask: false, answered: true });
    expect(root.querySelector('.page-kind-note')!.textContent).toBe('Taken as a Locum A form (your answer) · Change');
  });

  it('opens the panel and moves focus to the answers on the fill shortcut', async () => {
    await show(ASKED);
    await act(() => button('Hide').click());
    expect(root.querySelector('.panel__body')!.hasAttribute('hidden')).toBe(true);
    await act(() => {
      requestFill();
    });
    expect(root.querySelector('.panel__body')!.hasAttribute('hidden')).toBe(false);
    expect(document.activeElement).toBe(radios()[0]);
    expect(sent).toEqual([]);
  });

  it('moves focus to the answers when the user opened the panel themselves, and not otherwise', async () => {
    await show(ASKED);
    expect(document.activeElement).not.toBe(radios()[0]);
    render(null, root);
    await show(ASKED, true);
    expect(document.activeElement).toBe(radios()[0]);
  });

  it('offers "Save this page as evidence" on a page it asks about, and on a page it knows', async () => {
    await show(ASKED);
    expect(button('Save this page as evidence')).toBeDefined();
    render(null, root);
    await show({ ...ASKED, kind: 'locumAList', ask: false });
    expect(button('Save this page as evidence')).toBeDefined();
    render(null, root);
    await show({ ...ASKED, kind: 'locumAConfirmation' });
    expect(button('Save this page as evidence')).toBeDefined();
  });
});
