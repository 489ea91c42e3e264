import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../lib/portal/loader/page-watch';

/** Lets the observer's microtask run, then moves the clock on. */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const addTo = (parent: Element, tag = 'p') => parent.appendChild(document.createElement(tag));

let watcher: { stop: () => void } | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<main id="page"><div id="form"></div></main><div data-locum-ledger id="panel"><div id="panel-inner"></div></div>';
});

afterEach(() => {
  watcher?.stop();
  watcher = undefined;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const el = (id: string) => document.getElementById(id)!;

describe('watchPage', () => {
  it('calls back once, 200 ms after the page stops changing', async () => {
    const onChange = vi.fn();
    watcher = watchPage(document.body, onChange);
    for (let i = 0; i < 5; i++) {
      addTo(el('form'));
      await wait(100);
    }
    expect(onChange).not.toHaveBeenCalled();
    await wait(99);
    expect(onChange).not.toHaveBeenCalled();
    await wait(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    await wait(5_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('a burst of mutations in one task is one callback', async () => {
    const onChange = vi.fn();
    watcher = watchPage(document.body, onChange);
    for (let i = 0; i < 20; i++) addTo(el('form'), 'span');
    el('form').firstElementChild!.remove();
    await wait(1_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('two changes far apart are two callbacks', async () => {
    const onChange = vi.fn();
    watcher = watchPage(document.body, onChange);
    addTo(el('form'));
    await wait(300);
    addTo(el('form'));
    await wait(300);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores mutations inside [data-locum-ledger]', async () => {
    const onChange = vi.fn();
    watcher = watchPage(document.body, onChange);
    addTo(el('panel'));
    addTo(el('panel-inner'));
    el('panel-inner').innerHTML = '<ul><li>Locum fee: filled</li></ul>';
    await wait(1_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a batch mixing the panel’s changes with the page’s still counts', async () => {
    const onChange = vi.fn();
    watcher = watchPage(document.body, onChange);
    addTo(el('panel-inner'));
    addTo(el('form'));
    await wait(1_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('caps a page stuck in a loop at 30 reactions a minute, catches up once the minute is over, then reacts again', async () => {
    const onChange = vi.fn();
    watcher = watchPage(document.body, onChange);
    for (let i = 0; i < 45; i++) {
      addTo(el('form'));
      await wait(250);
    }
    expect(onChange).toHaveBeenCalledTimes(30);
    await wait(60_000);
    expect(onChange).toHaveBeenCalledTimes(31);
    addTo(el('form'));
    await wait(250);
    expect(onChange).toHaveBeenCalledTimes(32);
  });

  it('stop() disconnects: a pending callback is cancelled and later changes are not seen', async () => {
    const onChange = vi.fn();
    watcher = watchPage(document.body, onChange);
    addTo(el('form'));
    await wait(100);
    watcher.stop();
    await wait(1_000);
    expect(onChange).not.toHaveBeenCalled();
    addTo(el('form'));
    await wait(1_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('watches only the subtree it is given', async () => {
    const onChange = vi.fn();
    watcher = watchPage(el('form'), onChange);
    addTo(document.body);
    await wait(1_000);
    expect(onChange).not.toHaveBeenCalled();
    addTo(el('form'));
    await wait(1_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
