import { useEffect } from 'preact/hooks';
import type { PortalMapping } from '@/lib/shared/records';
import { readPage } from '@/lib/portal/recognise/page-fields';

/**
 * Reads the form once while the person looks at the panel, as Chromium's autofill parses a form when it first sees it,
 * so Fill does not start on a cold page: what each of its texts says is remembered (weigh.ts) and the code is warm. Only
 * in idle time, only once there is an entry to fill, and only reading: Fill reads the page again, as it may have changed.
 */
export function useReadAhead(doc: Document, kind: 'locumAForm' | 'locumBForm', mappings: PortalMapping[], ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const idle = requestIdleCallback(() => readPage(doc, kind, mappings));
    return () => cancelIdleCallback(idle);
  }, [doc, kind, mappings, ready]);
}
