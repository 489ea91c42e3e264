import { afterEach, describe, expect, it, vi } from 'vitest';
import { onFillRequest, requestFill } from '../../../lib/portal/fill/fill-requests';

describe('the fill shortcut inside the assistant', () => {
  afterEach(() => vi.useRealTimers());

  it('a press made before anything listens is acted on when a listener arrives, once', () => {
    requestFill();
    const act = vi.fn(() => true);
    const stop = onFillRequest(act);
    expect(act).toHaveBeenCalledTimes(1);
    stop();
    const again = vi.fn(() => true);
    onFillRequest(again)();
    expect(again).not.toHaveBeenCalled();
  });

  it('waits while the listener cannot act yet (no ledger entry chosen), then acts', () => {
    let ready = false;
    const act = vi.fn(() => ready);
    requestFill();
    const stop = onFillRequest(act);
    expect(act).toHaveBeenCalledTimes(1);
    ready = true;
    stop();
    const acted = vi.fn(() => true);
    onFillRequest(acted)();
    expect(acted).toHaveBeenCalledTimes(1);
  });

  it('forgets a press after ten seconds: a page met later does not fill itself', () => {
    vi.useFakeTimers();
    requestFill();
    vi.advanceTimersByTime(11_000);
    const act = vi.fn(() => true);
    onFillRequest(act)();
    expect(act).not.toHaveBeenCalled();
  });
});
