// Hidden fields every portal form carries. The anti-forgery token is checked by the server; classic
// pages also carry WebForms' __VIEWSTATE/__EVENTVALIDATION, which a field filler must leave alone.
import { html } from './html.mjs';

export function formTokens(ctx) {
  const token = html`<input type="hidden" name="__RequestVerificationToken" value="${ctx.session.csrf}">`;
  if (ctx.variant !== 'classic') return token;
  const state = Buffer.from(`replica|${ctx.url.pathname}|${ctx.session.csrf}`).toString('base64');
  return html`<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${state}">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="${state.split('').reverse().join('')}">
${token}`;
}
