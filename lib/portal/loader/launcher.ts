import { TEST_BUILD } from '../../shared/build-mode';
import { OWN_UI_ATTRIBUTE } from '../recognise/controls';

/**
 * On a page with nothing to fill: a small "Locum Ledger" tab, in plain DOM in a closed shadow root, that loads the
 * assistant's panel when clicked (to copy the page's structure, say). Nothing else is loaded until then.
 */
export function mountLauncher(signal: AbortSignal, open: () => void): void {
  const host = document.createElement('locum-ledger-launcher');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Locum Ledger';
  button.setAttribute('aria-label', 'Open the Locum Ledger panel');
  const style = document.createElement('style');
  style.textContent =
    ':host{all:initial}button{position:fixed;right:16px;bottom:16px;z-index:2147483000;font:600 14px system-ui,sans-serif;color:#fff;background:#005eb8;border:0;border-radius:8px;padding:8px 12px;box-shadow:0 4px 16px rgb(0 0 0/18%);cursor:pointer}button:focus-visible{outline:3px solid #ffb81c}';
  shadow.append(style, button);
  button.addEventListener('click', () => {
    host.remove();
    open();
  });
  document.body.append(host);
  signal.addEventListener('abort', () => host.remove());
}
