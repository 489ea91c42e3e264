// Records every request the extension's own code makes: its service worker and pages (Playwright reports both,
// service workers included, through the context), and its content script in a portal tab, told apart from the page's
// own requests by the script that started each one (CDP Network.requestWillBeSent's initiator stack).
import type { BrowserContext, Page, Request } from '@playwright/test';

export type Source = 'service worker' | 'extension page' | 'content script';
export type Recorded = { source: Source; url: string };

type Frame = { url: string };
type Stack = { callFrames: Frame[]; parent?: Stack };
type Initiator = { type: string; url?: string; stack?: Stack };

/** Loading the extension's own files (a page's chunks, the assistant's bundle) is not network. */
export function leavesTheBrowser(url: string): boolean {
  return !/^(chrome-extension|data|blob|about):/.test(url);
}

function framesOf(stack: Stack | undefined): Frame[] {
  return stack ? [...stack.callFrames, ...framesOf(stack.parent)] : [];
}

/** A request the extension's code started in a web page: some frame of its stack is an extension script. */
export function startedByExtension(initiator: Initiator): boolean {
  return [initiator.url ?? '', ...framesOf(initiator.stack).map((frame) => frame.url)].some((url) => url.startsWith('chrome-extension://'));
}

export class NetworkRecorder {
  readonly recorded: Recorded[] = [];

  constructor(private readonly context: BrowserContext) {
    context.on('request', (request) => {
      const source = this.sourceOf(request);
      if (source) this.recorded.push({ source, url: request.url() });
    });
  }

  /** Watches a tab that shows web pages (the replica portal) for requests its content script starts. */
  async watchTab(page: Page): Promise<void> {
    const cdp = await this.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: Initiator }) => {
      if (startedByExtension(event.initiator)) this.recorded.push({ source: 'content script', url: event.request.url });
    });
    await cdp.send('Network.enable');
  }

  /** What the extension asked of the network: everything recorded but its own files. */
  network(): Recorded[] {
    return this.recorded.filter((r) => leavesTheBrowser(r.url));
  }

  private sourceOf(request: Request): Source | undefined {
    if (request.serviceWorker()) return 'service worker';
    const frameUrl = request.frame().url();
    // A navigation's frame still shows the page it leaves; the extension's pages are only ever opened directly here.
    return frameUrl.startsWith('chrome-extension://') && !request.isNavigationRequest() ? 'extension page' : undefined;
  }
}
