import { isFillKeys, isFillRequest } from '@/lib/portal/fill/fill-shortcut';
import { loadedAssistant, type AssistantHandle } from '@/lib/portal/loader/assistant-handle';
import { mountLauncher } from '@/lib/portal/loader/launcher';
import { mayHaveWork } from '@/lib/portal/loader/quick-look';
import { PORTAL_MATCH } from '@/lib/portal/detect/origins';

/** The extension API without its polyfill: this script must stay small, and getURL and onMessage are all it needs. */
type Runtime = { getURL(path: string): string; onMessage: { addListener(listener: (message: unknown) => void): void } };
const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;

// The PCSE content script, kept small because it loads on every portal page: it takes a quick look and loads the
// assistant (pcse-assistant.js) only on pages that may have work to do, or when the user asks for it.
export default defineContentScript({
  matches: [PORTAL_MATCH],
  async main(ctx) {
    if (window.top !== window) return;
    let loading: Promise<AssistantHandle> | undefined;
    const assistant = (open: boolean) =>
      (loading ??= import(/* @vite-ignore */ runtime.getURL('/pcse-assistant.js')).then(() => {
        const handle = loadedAssistant()!;
        handle.start({ signal: ctx.signal, open });
        return handle;
      }));
    const fill = () => void assistant(true).then((handle) => handle.fill());

    if (mayHaveWork(document)) await assistant(false);
    else mountLauncher(ctx.signal, () => void assistant(true));

    runtime.onMessage.addListener((message: unknown) => {
      if (isFillRequest(message)) fill();
    });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (!isFillKeys(event)) return;
      event.preventDefault();
      fill();
    });
  },
});
