// A local stand-in for GOV.UK Pay's hosted pages (pcse-portal.md A3.2, B11). It asks for no card
// details, takes no money and never links to the real service.
import { html } from './html.mjs';
import { formatPounds } from '../lib/money.mjs';
import { LOCUM_B_PATH, PAY_STUB_PATH } from '../lib/paths.mjs';

function shell(title, body) {
  return html`<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - GOV.UK Pay (local stub)</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/static/css/pay-stub.css"></head>
<body>
<header class="stub-header"><span class="stub-header__logo">GOV.UK</span> <span class="stub-header__service">Pay</span> <span class="stub-header__tag">Local stub</span></header>
<main class="stub-main">
<div class="stub-warning" role="note"><strong>This is not GOV.UK Pay.</strong> It is a local stub for testing: no card details are asked for and no money is taken.</div>
${body}
</main></body></html>`.text;
}

export function payStubPage(b) {
  return shell(
    'Confirm your payment',
    html`<h1>Confirm your payment</h1>
<dl class="stub-summary">
  <div><dt>Payment for</dt><dd>NHS Pension Scheme contributions (Locum B)</dd></div>
  <div><dt>Reference</dt><dd id="stub-reference">${b.reference}</dd></div>
  <div><dt>Total amount</dt><dd id="stub-amount">${formatPounds(b.boxes.i)}</dd></div>
</dl>
<form method="post" action="${PAY_STUB_PATH}/${b.id}"><button type="submit" class="stub-button">Pay</button></form>
<p><a href="${LOCUM_B_PATH}/View/${b.id}">Cancel payment</a></p>`,
  );
}

export function payStubDonePage(b) {
  return shell(
    'Payment successful',
    html`<div class="stub-panel"><h1>Payment successful</h1><p>Your payment reference is <strong id="stub-done-reference">${b.reference}</strong></p></div>
<p>The stub recorded a payment of <strong>${formatPounds(b.boxes.i)}</strong>. No money was taken.</p>
<p><a href="${LOCUM_B_PATH}/View/${b.id}" class="stub-link">Return to PCSE Online</a></p>`,
  );
}
