/** The keyboard shortcut's command (wxt.config.ts `commands`), and the message the background sends a tab for it. */
export const FILL_COMMAND = 'fill-form';
export const FILL_SHORTCUT = 'Alt+Shift+L';

/** Background → content script: the user pressed the fill shortcut on this tab. */
export type BackgroundToContent = { type: 'shortcut/fill' };

export function isFillRequest(message: unknown): message is BackgroundToContent {
  return (message as { type?: unknown } | null)?.type === 'shortcut/fill';
}

/**
 * Alt+Shift+L pressed on the page itself. The browser normally takes the keys for the extension's command before the
 * page sees them; they reach the page only when it did not (another extension holds them, or keys typed by automation),
 * and then the page-level listener keeps the shortcut working.
 */
export function isFillKeys(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyL';
}
