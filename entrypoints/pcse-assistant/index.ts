import { TEST_BUILD } from '@/lib/shared/build-mode';
import { type AnswerForDetection, detectPage, type DetectedPage } from '@/lib/portal/detect/detect-page';
import { requestFill } from '@/lib/portal/fill/fill-requests';
import { publishAssistant } from '@/lib/portal/loader/assistant-handle';
import type { PageKindAnswer } from '@/lib/shared/records';
import { askBackground } from '@/components/panel/ask-background';
import { mountPanel } from '@/components/panel/mount-panel';
import { watchPage } from '@/lib/portal/loader/page-watch';

// The portal assistant proper, loaded by the PCSE content script only on pages that may have work to do.
export default defineUnlistedScript(() => {
  publishAssistant({
    start({ signal, open }) {
      let answers: readonly AnswerForDetection[] = [];
      let shown: { page: DetectedPage; unmount: () => void } | undefined;
      // The user's own opening is for the first panel only; a panel mounted for a new answer says so and takes focus.
      let opened = open;
      let announce = false;
      // Where the question is in play, a page of another structure is another page to answer for (a wizard's next step).
      const same = ({ kind, heading, ask, answered, fingerprint }: DetectedPage) => {
        const was = shown?.page;
        return (
          was !== undefined &&
          was.kind === kind &&
          was.heading === heading &&
          was.ask === ask &&
          was.answered === answered &&
          (!(ask || answered) || was.fingerprint === fingerprint)
        );
      };
      const update = () => {
        const started = performance.now();
        const page = detectPage(document, location.href, answers);
        // For `npm run bench` only: timing entries are visible to the page, so production builds leave none.
        if (TEST_BUILD) performance.measure('locum-ledger:detect', { start: started, end: performance.now() });
        if (!same(page)) {
          shown?.unmount();
          shown = { page, unmount: mountPanel(page, { open: opened, announce }, answered) };
          opened = false;
        }
        announce = false;
      };
      // A new answer replaces any earlier one for the same page, and the page is detected again with it.
      const answered = (answer: PageKindAnswer) => {
        answers = [...answers.filter((a) => a.fingerprint !== answer.fingerprint), answer];
        announce = true;
        update();
      };
      // The user's answers are read once, before the first detection; without them the page is detected as if unanswered.
      void askBackground({ type: 'portal/page-kind-answers' })
        .catch(() => [])
        .then((stored) => {
          if (signal.aborted) return;
          answers = stored;
          update();
          const watcher = watchPage(document.body, update);
          signal.addEventListener('abort', () => {
            watcher.stop();
            shown?.unmount();
          });
        });
    },
    fill: requestFill,
  });
});
