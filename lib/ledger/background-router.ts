import { handleRequest } from './handle-request';
import { PageToBackground, type BackgroundReply } from './messages';
import type { LedgerStore } from './store';
import { messageOf } from '../message-of';

export type Sender = { id?: string; url?: string };

/** Only the extension's own pages may touch the ledger: never a content script or a web page. */
export function isOwnPage(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Validates a request and answers it; every failure becomes a plain-English error reply. */
export async function replyTo(store: Promise<LedgerStore>, message: unknown): Promise<BackgroundReply> {
  const request = PageToBackground.safeParse(message);
  if (!request.success) return { ok: false, error: 'The extension sent a request the ledger does not understand; nothing was changed.' };
  try {
    return { ok: true, result: await handleRequest(await store, request.data) };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}
