// A Locum A-like page the assistant cannot place, for "What is this page?" (issue 15): a generic heading, and labels
// in words the concept files do not know, as a redesigned portal might word them. Invented [X]; it posts nowhere.
import { html } from './html.mjs';
import { page } from './layout.mjs';
import { formTokens } from './form-tokens.mjs';

function row(id, label, control) {
  return html`<div class="form-row"><label for="${id}" class="form-label">${label}</label><div class="form-control">${control}</div></div>`;
}

const text = (id) => html`<input type="text" id="${id}" name="${id}" class="textbox">`;

export function workDetailsPage(ctx) {
  const body = html`<h1 class="pcse-h1">Tell us about your sessions</h1>
<p class="pcse-lead">Tell us about the sessions you covered.</p>
<form method="post" class="pcse-form" novalidate>
  ${formTokens(ctx)}
  ${row('surgery', 'Surgery identifier', text('surgery'))}
  ${row('nature', 'Nature of sessions', html`<select id="nature" name="nature"><option value="">Select</option><option value="gp">General practice</option><option value="other">Other</option></select>`)}
  ${row('opening', 'Opening session', text('opening'))}
  ${row('closing', 'Closing session', text('closing'))}
  ${row('sum', 'Sum billed', text('sum'))}
  ${row('settled', 'Settled', text('settled'))}
  <div class="form-row"><input type="checkbox" id="agree" name="agree" value="yes"> <label for="agree">I agree with the terms of this return</label></div>
  <div class="form-actions"><button type="submit" class="button">Send</button></div>
</form>`;
  return page(ctx, { title: 'Tell us about your sessions', tab: 'pensions', body });
}
