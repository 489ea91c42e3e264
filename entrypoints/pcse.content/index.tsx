import { render } from 'preact';
import { Panel } from '@/components/panel/Panel';
import panelCss from '@/components/panel/panel.css?inline';
import { OWN_UI_ATTRIBUTE } from '@/lib/portal/dom/controls';
import { detectPage, type DetectedPage } from '@/lib/portal/detect-page';
import { PORTAL_MATCH } from '@/lib/portal/origins';
import { TEST_BUILD } from '@/lib/build-mode';
import { watchPage } from '@/lib/portal/page-watch';
import { fillRequests, isFillKeys, isFillRequest } from '@/lib/portal/fill-shortcut';
import { browser } from 'wxt/browser';


// The PCSE content script: tells which page this is and shows the panel where it has something to do.
export default defineContentScript({
  matches: [PORTAL_MATCH],
  // The panel's styles travel inside the script: no fetch, and no file the page could load to spot the extension.
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (window.top !== window) return;
    let shown: { page: DetectedPage; unmount: () => void } | undefined;
    const same = (page: DetectedPage) => shown?.page.kind === page.kind && shown.page.heading === page.heading;
    async function update() {
      const started = performance.now();
      const page = detectPage(document, location.href);
      // For `npm run bench` only: timing entries are visible to the page, so production builds leave none.
      if (TEST_BUILD) performance.measure('locum-ledger:detect', { start: started, end: performance.now() });
      if (same(page)) return;
      shown?.unmount();
      shown = undefined;
      const ui = await createShadowRootUi(ctx, {
        name: 'locum-ledger-panel',
        css: panelCss,
        position: 'inline',
        anchor: 'body',
        // Open in test builds so Playwright can reach the panel; closed to the page's scripts in production.
        mode: TEST_BUILD ? 'open' : 'closed',
        isolateEvents: true,
        onMount: (container, _shadow, host) => {
          host.setAttribute(OWN_UI_ATTRIBUTE, '');
          render(<Panel page={page} doc={document} />, container);
        },
        onRemove: (container) => container && render(null, container),
      });
      ui.mount();
      shown = { page, unmount: () => ui.remove() };
    }
    await update();
    browser.runtime.onMessage.addListener((message) => {
      if (isFillRequest(message)) fillRequests.dispatchEvent(new Event('fill'));
    });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (!isFillKeys(event)) return;
      event.preventDefault();
      fillRequests.dispatchEvent(new Event('fill'));
    });
    const watcher = watchPage(document.body, () => void update());
    ctx.addEventListener(window, 'wxt:locationchange', () => void update());
    ctx.onInvalidated(() => {
      watcher.stop();
      shown?.unmount();
    });
  },
});
