/**
 * How the small content script hands over to the assistant it loads on demand: the assistant's bundle sets this
 * global in the content script's isolated world (never the page's), and the loader calls it.
 */
export type AssistantHandle = { start: (options: { signal: AbortSignal; open: boolean }) => void; fill: () => void };

const KEY = '__locumLedgerAssistant';

export function publishAssistant(handle: AssistantHandle): void {
  (globalThis as Record<string, unknown>)[KEY] = handle;
}

export function loadedAssistant(): AssistantHandle | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as AssistantHandle | undefined;
}
