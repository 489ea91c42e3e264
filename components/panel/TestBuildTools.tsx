import { browser } from 'wxt/browser';

/**
 * Test builds only: mount behind TEST_BUILD so production bundles drop it. Firefox's smoke test cannot open the
 * dashboard to load a ledger, so the form page offers the demo ledger itself.
 */
export function TestBuildTools({ onLoaded }: { onLoaded: () => Promise<void> }) {
  return (
    <button type="button" onClick={() => void browser.runtime.sendMessage({ type: 'test/load-demo' }).then(onLoaded)}>
      Load the demo ledger (test build)
    </button>
  );
}
