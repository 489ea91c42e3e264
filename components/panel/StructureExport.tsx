import { useState } from 'preact/hooks';
import type { DetectedPage } from '@/lib/portal/detect/detect-page';
import { askBackground } from '@/components/panel/ask-background';
import { readPage } from '@/lib/portal/recognise/page-fields';
import { extractStructure } from '@/lib/portal/structure/extract';
import { scrubText } from '@/lib/portal/structure/scrub';
import { messageOf } from '@/lib/shared/message-of';

/** A text copied the old way: the Clipboard API needs permissions a content script on the portal does not have. */
function copyText(text: string, host: HTMLElement): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  host.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  return copied;
}

function save(text: string, kind: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = `pcse-page-structure-${kind}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * "Copy page structure": the page's skeleton without its data, shown in full before anything leaves the panel, for
 * the user to copy or save and share themselves. Nothing is sent anywhere.
 */
export function StructureExport({ page, doc }: { page: DetectedPage; doc: Document }) {
  const [text, setText] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  async function prepare() {
    try {
      const { recognitions } = readPage(doc, page.kind);
      const structure = extractStructure(doc, location.href, page.kind, recognitions, [], (t) => scrubText(t));
      setText(JSON.stringify(await askBackground({ type: 'portal/structure', structure }), null, 2));
      setStatus('');
    } catch (e) {
      setStatus(messageOf(e));
    }
  }
  if (!text) {
    return (
      <p class="hint">
        <button type="button" class="link" onClick={prepare}>
          Copy page structure
        </button>{' '}
        to help the extension learn this page: labels and layout only, never your data.
      </p>
    );
  }
  return (
    <section class="structure" aria-label="Page structure">
      <h3>Page structure</h3>
      <p class="hint">
        This is everything the file holds: labels, headings and layout, with dates, amounts, numbers and your ledger's names and references
        replaced. Nothing is sent; you copy or save it and share it yourself.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable). */}
      <pre class="structure__preview" tabIndex={0}>
        {text}
      </pre>
      <div class="actions">
        <button
          type="button"
          onClick={(e) =>
            setStatus(copyText(text, e.currentTarget.parentElement!) ? 'Copied.' : 'Your browser would not copy; use Save instead.')
          }
        >
          Copy
        </button>
        <button type="button" onClick={() => (save(text, page.kind), setStatus('Saved to your downloads.'))}>
          Save as file
        </button>
        <button type="button" class="link" onClick={() => setText(undefined)}>
          Close
        </button>
      </div>
      {status ? (
        <p class="note" role="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}
