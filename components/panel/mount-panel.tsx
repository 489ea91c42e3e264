import { render } from 'preact';
import { Panel } from '@/components/panel/Panel';
import panelCss from '@/components/panel/panel.css?inline';
import { TEST_BUILD } from '../../lib/shared/build-mode';
import type { DetectedPage } from '../../lib/portal/detect/detect-page';
import type { PageKindAnswer } from '../../lib/shared/records';
import { OWN_UI_ATTRIBUTE } from '../../lib/portal/recognise/controls';

/**
 * The panel in its own shadow root, so the page's CSS cannot reach it and it cannot break the page. Closed in
 * production, so the page's scripts cannot read it; open in test builds so Playwright can.
 */
/** open: the user asked for the panel; announce: it follows their answer to "What is this page?". */
export function mountPanel(
  page: DetectedPage,
  { open, announce }: { open: boolean; announce: boolean },
  onAnswered: (answer: PageKindAnswer) => void,
): () => void {
  const host = document.createElement('locum-ledger-panel');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host { all: initial; }\n${panelCss}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Keys typed in the panel are the panel's: the page's shortcuts must not see them.
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (event) => event.stopPropagation());
  document.body.append(host);
  render(<Panel page={page} doc={document} initiallyOpen={open} announceAnswer={announce} onAnswered={onAnswered} />, container);
  return () => {
    render(null, container);
    host.remove();
  };
}
