// D6: the notification a practice's Locum Approver receives (pcse-portal.md A2.2, A2.3), shown as an
// HTML page in a local "mailbox". Approve and Reject are mailto: links with a token in the subject
// (B3); the wording is invented [X].
import { html } from './html.mjs';
import { datesWorked, money } from './format.mjs';
import { formatUk } from '../lib/dates.mjs';
import { LOGIN_PATH } from '../lib/paths.mjs';

const FROM = 'PCSE Online <no-reply@pcse.example.test>';
const ACTION_MAILBOX = 'locum-approvals@pcse.example.test';

function shell(title, body) {
  return html`<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/static/css/mail.css"></head>
<body><div class="mailbox"><p class="mailbox__note">Replica mailbox: messages the replica would have emailed. Nothing is sent.</p>${body}</div></body></html>`
    .text;
}

export function subjectOf(store, mail) {
  const a = store.locumA(mail.locumARef);
  return `Locum A form awaiting approval – ${store.user(a.userId).displayName} – ${store.organisation(a.ods).name}`;
}

export function mailboxPage(store) {
  const rows = [...store.mails]
    .reverse()
    .map(
      (mail) =>
        html`<tr><td>${formatUk(mail.sent)}</td><td>${mail.to}</td><td><a href="/__replica/mailbox/${mail.id}">${subjectOf(store, mail)}</a></td></tr>`,
    );
  return shell(
    'Replica mailbox',
    html`<h1>Mailbox</h1><table class="mail-list"><thead><tr><th>Sent</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

export function mailPage(store, mail) {
  const a = store.locumA(mail.locumARef);
  const locum = store.user(a.userId);
  const token = Buffer.from(`${a.ref}|${mail.id}`).toString('base64url');
  const action = (verb) => `mailto:${ACTION_MAILBOX}?subject=${encodeURIComponent(`${verb} ${a.ref} ${token}`)}`;
  const detail = [
    ['Locum name', locum.displayName],
    ['GMC number', locum.gmcNumber],
    ['Dates worked', datesWorked(a)],
    ['Fee (£)', money(a.fee)],
    ['Pensionable pay (£)', money(a.pensionable)],
    ['Employer contributions (£)', money(a.employer)],
    ['Submitted', formatUk(a.submitted)],
  ];
  return shell(
    subjectOf(store, mail),
    html`<article class="mail">
  <dl class="mail__headers"><dt>From</dt><dd>${FROM}</dd><dt>To</dt><dd>${mail.to}</dd><dt>Subject</dt><dd id="mail-subject">${subjectOf(store, mail)}</dd></dl>
  <div class="mail__body">
    <p>Dear Locum Approver,</p>
    <p>${locum.displayName} has submitted a Locum A form (${a.ref}) for ${store.organisation(a.ods).name}. Please approve it if the practice has paid the GP locum the amount shown, or reject it.</p>
    <table class="mail__table">${detail.map(([k, v]) => html`<tr><th>${k}</th><td>${v}</td></tr>`)}</table>
    <p class="mail__buttons"><a class="mail__button" href="${action('APPROVE')}">Approve</a> <a class="mail__button mail__button--reject" href="${action('REJECT')}">Reject</a></p>
    <p class="mail__footer">If the buttons do not work, log in to PCSE Online to approve: <a href="${LOGIN_PATH}">${LOGIN_PATH}</a></p>
  </div>
</article>
<p><a href="/__replica/mailbox">Back to mailbox</a></p>`,
  );
}
