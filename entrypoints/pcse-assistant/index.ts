import { TEST_BUILD } from '@/lib/shared/build-mode';
import { detectPage, type DetectedPage } from '@/lib/portal/detect/detect-page';
import { fillRequests } from '@/lib/portal/fill/fill-requests';
import { publishAssistant } from '@/lib/portal/loader/assistant-handle';
import { mountPanel } from '@/components/panel/mount-panel';
import { watchPage } from '@/lib/portal/loader/page-watch';

// The portal assistant proper, loaded by the PCSE content script only on pages that may have work to do.
export default defineUnlistedScript(() => {
  publishAssistant({
    start({ signal, open }) {
      let shown: { page: DetectedPage; unmount: () => void } | undefined;
      const same = (page: DetectedPage) => shown?.page.kind === page.kind && shown.page.heading === page.heading;
      const update = () => {
        const started = performance.now();
        const page = detectPage(document, location.href);
        // For `npm run bench` only: timing entries are visible to the page, so production builds leave none.
        if (TEST_BUILD) performance.measure('locum-ledger:detect', { start: started, end: performance.now() });
        if (same(page)) return;
        shown?.unmount();
        shown = { page, unmount: mountPanel(page, open) };
      };
      update();
      const watcher = watchPage(document.body, update);
      signal.addEventListener('abort', () => {
        watcher.stop();
        shown?.unmount();
      });
    },
    fill: () => fillRequests.dispatchEvent(new Event('fill')),
  });
});
