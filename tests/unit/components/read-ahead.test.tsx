// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PortalMapping } from '../../../lib/shared/records';

const readPage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/portal/recognise/page-fields', async (importActual) => {
  const actual = await importActual<typeof import('../../../lib/portal/recognise/page-fields')>();
  readPage.mockImplementation(actual.readPage);
  return { readPage };
});
const { useReadAhead } = await import('../../../components/panel/use-read-ahead');

/** happy-dom has no idle callbacks: these run when the test says the browser is idle. */
let idle: Map<number, () => void>;
const goIdle = () => {
  const waiting = [...idle.values()];
  idle.clear();
  for (const run of waiting) run();
};

const FORM = `<main><h1>Locum A</h1>
  <label>Practice code <input id="code" value="Y99901"></label>
  <label>Locum fee (£) <input id="fee"></label>
  <label><input type="checkbox" id="declaration"> I declare this is correct</label></main>`;

function Reader({ ready, mappings = [] }: { ready: boolean; mappings?: PortalMapping[] }) {
  useReadAhead(document, 'locumAForm', mappings, ready);
  return null;
}

let root: HTMLElement;

beforeEach(() => {
  idle = new Map();
  let next = 0;
  vi.stubGlobal('requestIdleCallback', (run: () => void) => {
    idle.set(++next, run);
    return next;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idle.delete(id));
  document.body.innerHTML = FORM;
  root = document.createElement('div');
  document.body.append(root);
  readPage.mockClear();
});

afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('useReadAhead: the form read once in idle time, before Fill', () => {
  it('reads the page only when the browser is idle, and only reads: no value, tick or event reaches the page', async () => {
    const events: string[] = [];
    for (const type of ['input', 'change', 'click', 'focus', 'blur'])
      document.body.addEventListener(type, (event) => events.push(`${type} ${(event.target as Element).id}`), true);
    await act(() => render(<Reader ready />, root));
    expect(readPage).not.toHaveBeenCalled();
    goIdle();
    expect(readPage).toHaveBeenCalledOnce();
    expect(readPage).toHaveBeenCalledWith(document, 'locumAForm', []);
    expect(events).toEqual([]);
    expect(document.querySelector<HTMLInputElement>('#code')!.value).toBe('Y99901');
    expect(document.querySelector<HTMLInputElement>('#fee')!.value).toBe('');
    expect(document.querySelector<HTMLInputElement>('#declaration')!.checked).toBe(false);
  });

  it('waits until there is an entry to fill, and reads with the fields the user taught', async () => {
    const taught = [{ id: 'm1', pageKind: 'locumAForm', fingerprint: { id: 'fee', name: '', label: 'Locum fee (£)' }, concept: 'fee' }];
    await act(() => render(<Reader ready={false} mappings={taught as PortalMapping[]} />, root));
    goIdle();
    expect(readPage).not.toHaveBeenCalled();
    await act(() => render(<Reader ready mappings={taught as PortalMapping[]} />, root));
    goIdle();
    expect(readPage).toHaveBeenCalledWith(document, 'locumAForm', taught);
  });

  it('a panel closed before the browser was idle reads nothing', async () => {
    await act(() => render(<Reader ready />, root));
    await act(() => render(null, root));
    goIdle();
    expect(readPage).not.toHaveBeenCalled();
  });
});
