// A plain page with a heading and one paragraph: access denied, expired forms, areas outside the replica.
import { html } from './html.mjs';
import { page } from './layout.mjs';

export function messagePage(ctx, { title, text, tab = '' }) {
  return page(ctx, { title, tab, body: html`<h1 class="pcse-h1">${title}</h1><p class="pcse-lead" id="page-message">${text}</p>` });
}
