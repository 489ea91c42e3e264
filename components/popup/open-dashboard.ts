import { browser } from 'wxt/browser';

/** Opens a dashboard view in a tab and closes the popup, which would otherwise sit over it. */
export function openDashboard(view?: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(view ? `/dashboard.html#${view}` : '/dashboard.html') });
  window.close();
}
