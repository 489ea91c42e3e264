import { handleRequest } from './page-requests';
import { PageToBackground } from '../ledger/messages';
import type { BackgroundReply } from '../shared/reply';
import { handlePortalRequest } from './portal-requests';
import type { PortalContext } from './portal-receipts';
import type { LedgerStore } from '../ledger/store';
import { messageOf } from '../shared/message-of';
import { ContentToBackground } from '../portal/messages';
import { isPortalUrl } from '../portal/detect/origins';

export type Sender = { id?: string; url?: string; tab?: { id?: number } };

/** Only the extension's own pages may touch the ledger: never a content script or a web page. */
export function isOwnPage(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Validates a request and answers it; every failure becomes a plain-English error reply. */
export async function replyTo(store: Promise<LedgerStore>, message: unknown): Promise<BackgroundReply> {
  const request = PageToBackground.safeParse(message);
  if (!request.success) return { ok: false, error: 'The extension sent a request the ledger does not understand; nothing was changed.' };
  try {
    // PageToBackground checks each record a page sends with the ledger's own schemas, and refuses a bad one with the
    // reply above; the store is told so and does not parse the same record again.
    return { ok: true, result: await handleRequest(await store, request.data, { alreadyChecked: true }) };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/** The PCSE content script: our own extension, in a tab, on the portal (or the replica, in test builds). */
export function isPortalPage(sender: Sender, extensionId: string, allowReplica: boolean): boolean {
  return sender.id === extensionId && sender.tab !== undefined && isPortalUrl(sender.url, allowReplica);
}

/** Validates a content-script request and answers it with only what its page needs. */
export async function replyToPortal(store: Promise<LedgerStore>, message: unknown, clock: PortalContext): Promise<BackgroundReply> {
  const request = ContentToBackground.safeParse(message);
  if (!request.success) return { ok: false, error: 'The page sent a request the extension does not understand; nothing was changed.' };
  try {
    return { ok: true, result: await handlePortalRequest(await store, request.data, clock) };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}
