import { afterEach, describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/portal/detect/detect-page';

const ODD_URL = 'https://secure.pcse.england.nhs.uk/some/new/path?x=1';

function detect(html: string, url = ODD_URL) {
  document.body.innerHTML = html;
  return detectPage(document, url);
}

const LOCUM_A_FIELDS = `
  <label>Practice code <input></label>
  <label>First day worked <input></label>
  <label>Last day worked <input></label>
  <label>Locum fee (£) <input></label>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('detectPage', () => {
  it('a page whose heading names a Locum A form but whose fields are none of its own is asked about, not taken for the form', () => {
    document.title = 'Locum A details (step 1 of 2) - PCSE Online';
    const page =
      detect(`<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/a">Approvals</a></li><li><a href="/b">Locum A form</a></li></ol></nav>
      <main><h1>Locum A details (step 1 of 2)</h1>
      <dl><dt>Locum A reference</dt><dd>A-2026-004512</dd><dt>Period(s) worked</dt><dd>2 March 2026 – 6 March 2026</dd>
      <dt>Fee (£)</dt><dd>£2,194.45</dd><dt>Payment date</dt><dd>20 March 2026</dd></dl>
      <label><input type="checkbox"> I confirm that this practice has paid the GP locum the amount shown</label>
      <label>Reason for rejection <textarea></textarea></label><button>Accept</button><button>Return to locum</button></main>`);
    document.title = '';
    expect(page.kind).not.toBe('locumAForm');
  });

  it('"Locum A forms to approve" is the approvals list: only Locum As are approved, so it names that list, not the locum\'s own', () => {
    const rows = ['LA-004519', 'LA-004788', 'LA-004702']
      .map(
        (ref) =>
          `<tr><td>${ref}</td><td>Castle Street Medical Centre</td><td>£1,200.00</td><td>Approved</td><td><a href="/v">Approve Locum A</a></td></tr>`,
      )
      .join('');
    const page = detect(
      `<main><h1>Locum A forms to approve</h1><table><thead><tr><th>ID</th><th>Organisation</th><th>Total (£)</th><th>Approval status</th><th></th></tr></thead><tbody>${rows}</tbody></table></main>`,
    );
    expect(page.kind).toBe('approvalsList');
  });

  it('"Submitted Locum B forms" listing three payment references is a list, not a confirmation', () => {
    const cards = ['87654321LOCJUN2026', '12345678LOCMAR2026', '12345678LOCAPR2026-01']
      .map(
        (ref) => `<div class="card"><h3>${ref}</h3><dl><dt>State</dt><dd>Awaiting payment</dd><dt>Fee (£)</dt><dd>£738.70</dd></dl></div>`,
      )
      .join('');
    expect(detect(`<main><h1>Submitted Locum B forms</h1>${cards}</main>`).kind).not.toBe('locumBConfirmation');
  });

  it('a list of forms "for your practice" is not taken for the locum\'s own Locum B list', () => {
    const cards = ['A-2026-004788', 'A-2026-004702', 'A-2026-004630']
      .map(
        (ref) =>
          `<div class="card"><h3>${ref}</h3><dl><dt>Approval status</dt><dd>Pending practice approval</dd><dt>Total (£)</dt><dd>£600.00</dd></dl></div>`,
      )
      .join('');
    const page = detect(`<main><h1>Locum forms for your practice (draft)</h1>${cards}</main>`);
    expect(page.kind).not.toBe('locumBList');
  });

  it('a "Locum A – Certificate of NHS work" heading with fee and first-day fields is the Locum A form, at an unfamiliar URL', () => {
    const page = detect(`<main><h1>Locum A – Certificate of NHS work</h1><form>${LOCUM_A_FIELDS}</form></main>`);
    expect(page.kind).toBe('locumAForm');
    expect(page.signature?.kind).toBe('locumAForm');
    expect(page.heading).toBe('Locum A – Certificate of NHS work');
  });

  it('the same heading without the fee and first-day fields is not the Locum A form', () => {
    const page = detect('<main><h1>Locum A – Certificate of NHS work</h1><p>Something went wrong. Please try again later.</p></main>');
    expect(page.kind).not.toBe('locumAForm');
    expect(page.kind).toBe('unknown');
  });

  it('the heading with a fee but no first-day field is still the Locum A form: a missing field only weakens the score', () => {
    const page = detect('<main><h1>Locum A – Certificate of NHS work</h1><label>Locum fee <input></label></main>');
    expect(page.kind).toBe('locumAForm');
  });

  it('a URL hint alone, with no heading and no fields, is unknown', () => {
    expect(detect('<main><p>Loading…</p></main>', 'https://secure.pcse.england.nhs.uk/LocumA/Create').kind).toBe('unknown');
    expect(detect('<div></div>', 'https://secure.pcse.england.nhs.uk/Organisation/SelectOrganisation').kind).toBe('unknown');
    expect(detect('<div></div>', 'https://secure.pcse.england.nhs.uk/Dashboard').kind).toBe('unknown');
  });

  it('an unrelated heading at an unrelated URL is unknown', () => {
    const page = detect('<h1>Frequently asked questions</h1><label>Favourite colour <input></label>');
    expect(page).toMatchObject({ kind: 'unknown', heading: 'Frequently asked questions', ask: false, scores: [] });
  });

  it('the login page by its heading and password field', () => {
    const page = detect(`<main><h1>Log in</h1><form>
      <label for="u">Email address</label><input id="u" type="email">
      <label for="p">Password</label><input id="p" type="password">
      <button type="submit">Log in</button></form></main>`);
    expect(page.kind).toBe('login');
  });

  it('the login page is recognised by heading "Sign in" too, at an unfamiliar URL', () => {
    expect(detect('<h1>Sign in</h1><label>Password <input type="password"></label>').kind).toBe('login');
  });

  it('the organisation page by its heading alone', () => {
    const page = detect(`<main><h1>Select your organisation</h1>
      <label for="org">Organisation</label><select id="org"><option>Dr A Morgan (Locum)</option></select></main>`);
    expect(page.kind).toBe('organisationSelect');
    expect(detect('<h2>Choose organisation</h2>').kind).toBe('organisationSelect');
  });

  it('a list page: a "Locum A forms" heading and a table with Reference and Status columns', () => {
    const page = detect(`<main><h1>Locum A forms</h1>
      <table><thead><tr><th>Reference</th><th>Practice</th><th>Status</th></tr></thead>
      <tbody><tr><td>LA-000123</td><td>Riverside</td><td>Approved</td></tr></tbody></table></main>`);
    expect(page.kind).toBe('locumAList');
  });

  it('a list without a Status column is still the list, by its heading and Reference column', () => {
    const page = detect(`<main><h1>Locum A forms</h1>
      <table><thead><tr><th>Reference</th><th>Practice</th></tr></thead>
      <tbody><tr><td>LA-000123</td><td>Riverside</td></tr><tr><td>LA-000124</td><td>Hillside</td></tr></tbody></table></main>`);
    expect(page.kind).toBe('locumAList');
  });

  it('the same table under a heading that names nothing is not taken for a list on columns alone', () => {
    const page = detect(`<main><h1>Your work</h1>
      <table><thead><tr><th>Reference</th><th>Practice</th></tr></thead>
      <tbody><tr><td>LA-000123</td><td>Riverside</td></tr><tr><td>LA-000124</td><td>Hillside</td></tr></tbody></table></main>`);
    expect(page.kind).toBe('unknown');
  });

  it('a "Locum A" heading fits the form and the list alike: the fields and the columns decide', () => {
    const table =
      '<table><thead><tr><th>Reference</th><th>Status</th></tr></thead><tbody><tr><td>LA-000123</td><td>Approved</td></tr></tbody></table>';
    expect(detect(`<main><h1>Locum A</h1>${table}</main>`).kind).toBe('locumAList');
    expect(detect(`<main><h1>Locum A</h1><form>${LOCUM_A_FIELDS}</form></main>`).kind).toBe('locumAForm');
    expect(detect(`<main><h1>Locum A</h1>${table}<form>${LOCUM_A_FIELDS}</form></main>`).kind).toBe('locumAForm');
    // A URL hint adds little: the real paths are unknown, and four recognised fields outweigh it.
    expect(
      detect(`<main><h1>Locum A</h1>${table}<form>${LOCUM_A_FIELDS}</form></main>`, 'https://secure.pcse.england.nhs.uk/GPP/Locum/LocumA')
        .kind,
    ).toBe('locumAForm');
  });

  it('a Locum B list, and Status columns with qualifiers ("Status (latest)")', () => {
    const page = detect(`<h1>Locum B forms</h1>
      <table><tr><th>Payment reference</th><th>Month</th><th>Status (latest)</th></tr>
      <tr><td>84123456LOCJAN2026-01</td><td>January 2026</td><td>Paid</td></tr></table>`);
    expect(page.kind).toBe('locumBList');
  });

  it('the Locum B form by heading plus a month field', () => {
    const page = detect(`<h1>Locum B – Monthly record</h1>
      <label for="m">Month and year this form refers to</label><select id="m"><option>March 2026</option></select>`);
    expect(page.kind).toBe('locumBForm');
  });

  it('the Locum A form by its fields alone, when the heading is unfamiliar', () => {
    expect(detect(`<h1>New submission</h1>${LOCUM_A_FIELDS}`).kind).toBe('locumAForm');
  });

  it('uses the page’s h1 over an earlier h2', () => {
    const page = detect('<h2>Dashboard</h2><main><h1>Select organisation</h1></main>');
    expect(page.heading).toBe('Select organisation');
    expect(page.kind).toBe('organisationSelect');
  });

  // BUG (lib/portal/detect-page.ts headingOf): querySelector('main h1, h1') returns the first h1 in document order, so a
  // site-banner h1 before <main> hides the page's own heading; 'main h1' is listed first precisely to prefer it.
  it('prefers the h1 inside <main> over a site-banner h1 before it', () => {
    const page = detect('<header><h1>PCSE Online</h1></header><main><h1>Select organisation</h1></main>');
    expect(page.heading).toBe('Select organisation');
  });

  it('the heading’s text leaves out the text of controls inside it', () => {
    const page = detect('<h1>Log in <select><option>Locum A</option></select></h1><label>Password <input type="password"></label>');
    expect(page.heading).toBe('Log in');
    expect(page.kind).toBe('login');
  });

  it('a heading whose form name is in brackets names the form: bracketed words count', () => {
    const page = detect('<main><h1>Certificate of work (Locum A)</h1><label>Locum fee <input></label></main>');
    expect(page.kind).toBe('locumAForm');
  });

  it('a form nobody can place, with a few fields, asks "What is this page?" instead of staying quiet', () => {
    const page = detect(`<main><h1>Submit your details</h1><form>
      <label>Surname <input></label><label>Reference <input></label><label>Comments <textarea></textarea></label></form></main>`);
    expect(page.kind).toBe('unknown');
    expect(page.ask).toBe(true);
  });

  it('a Locum B confirmation by what it shows, under a generic heading: one payment reference, an amount, "submitted"', () => {
    const page = detect(`<main><h1>Thank you</h1><p>Your form has been submitted.</p>
      <p>Payment reference: 84123456LOCMAR2026-01</p><p>Amount to pay: £477.56</p>
      <p>Included: LA-000123, LA-000124</p></main>`);
    expect(page.kind).toBe('locumBConfirmation');
  });

  it('a Locum A confirmation by what it shows: one form reference and "submitted", no payment reference', () => {
    const page = detect('<main><h1>Application complete</h1><p>We have received your form. Your reference is LA-004512.</p></main>');
    expect(page.kind).toBe('locumAConfirmation');
  });

  it('a reference in a link (another form) does not make a page a confirmation', () => {
    const page = detect('<main><h1>Help</h1><p>See <a href="/x">LA-004512</a>.</p></main>');
    expect(page.ask).toBe(false);
    expect(page.kind).toBe('unknown');
  });

  it('the user’s answer for this page’s structure wins, and "none of these" keeps the assistant quiet', () => {
    const html =
      '<main><h1>Submit your details</h1><form><label>A <input name="a"></label><label>B <input name="b"></label><label>C <input name="c"></label></form></main>';
    const first = detect(html);
    const answer = { fingerprint: first.fingerprint, heading: first.heading, answeredAt: '2026-12-06T09:00:00.000Z' };
    document.body.innerHTML = html;
    expect(detectPage(document, ODD_URL, [{ ...answer, kind: 'locumAForm' }])).toMatchObject({
      kind: 'locumAForm',
      answered: true,
      ask: false,
    });
    expect(detectPage(document, ODD_URL, [{ ...answer, kind: 'none' }])).toMatchObject({ kind: 'unknown', answered: true, ask: false });
    expect(detectPage(document, ODD_URL, [{ ...answer, fingerprint: 'another page', kind: 'none' }]).ask).toBe(true);
  });

  it('the fingerprint stays across visits (another month, another id in the path) and differs for another page', () => {
    const page = (month: string, names: string) =>
      detect(
        `<main><h1>Return for ${month} 2026</h1><form>${names}</form></main>`,
        `https://secure.pcse.england.nhs.uk/returns/${month.length}81/edit`,
      );
    const march = page('March', '<input name="fee"><input name="paid">');
    expect(page('October', '<input name="fee"><input name="paid">').fingerprint).toBe(march.fingerprint);
    expect(page('March', '<input name="fee"><input name="mileage">').fingerprint).not.toBe(march.fingerprint);
  });

  it('an asked page keeps the fingerprint of the page as asked: a field added later makes another page to answer for', () => {
    const asked = detect(
      '<main><h1>Submit your details</h1><form><label>A <input name="a"></label><label>B <input name="b"></label><label>C <input name="c"></label></form></main>',
    );
    expect(asked.ask).toBe(true);
    document.querySelector('form')!.insertAdjacentHTML('beforeend', '<label>D <input name="d"></label>');
    const later = detectPage(document, ODD_URL);
    expect(later.fingerprint).not.toBe(asked.fingerprint);
    expect(asked.fingerprint).not.toBe(later.fingerprint);
  });

  it('a placed page gives the same fingerprint whether or not the user has answered for other pages', () => {
    const placed = detect(`<main><h1>Locum A form</h1><form>${LOCUM_A_FIELDS}</form></main>`);
    expect(placed).toMatchObject({ kind: 'locumAForm', ask: false });
    const elsewhere = { fingerprint: 'another page', kind: 'none' as const };
    expect(placed.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(detectPage(document, ODD_URL, [elsewhere]).fingerprint).toBe(placed.fingerprint);
  });

  it('a list of forms whose rows say "Submitted" is a list, not a confirmation, in cards or in a table', () => {
    const cards = [4512, 4513, 4514]
      .map((n) => `<div class="card"><h2>LA-00${n}</h2><dl><dt>Status</dt><dd>Submitted</dd><dt>Practice</dt><dd>Riverside</dd></dl></div>`)
      .join('');
    expect(detect(`<main><h1>Your submissions</h1>${cards}</main>`).kind).not.toMatch(/Confirmation/);
    const rows = [4512, 4513, 4514].map((n) => `<tr><td>LA-00${n}</td><td>Submitted</td></tr>`).join('');
    const table = detect(`<main><h1>Locum A forms</h1><table><tr><th>Reference</th><th>Status</th></tr>${rows}</table></main>`);
    expect(table.kind).toBe('locumAList');
  });

  it('an answered confirmation is a Locum A’s or a Locum B’s by what each visit shows, though both share an address and a heading', () => {
    const page = (body: string) => `<main><h1>Thank you</h1>${body}</main>`;
    const a = detect(page('<p>Your form has been submitted. Reference number: LA-004512</p>'));
    const answers = [
      { fingerprint: a.fingerprint, kind: 'locumAConfirmation' as const, heading: 'Thank you', answeredAt: '2026-12-06T09:00:00.000Z' },
    ];
    document.body.innerHTML = page('<p>Your form has been submitted. Payment reference: 84123456LOCMAR2026-01</p>');
    const b = detectPage(document, ODD_URL, answers);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.kind).toBe('locumBConfirmation');
  });

  it('the fingerprint names the page, not the site banner, a revealed field, a hex id in the path or a name in a heading', () => {
    const url = (id: string) => `https://secure.pcse.england.nhs.uk/claims/${id}/edit`;
    const form = (heading: string, extra = '') =>
      `<header><h1>PCSE Online</h1></header><main><h1>${heading}</h1><form><input name="fee"><input name="paid"><input name="from">${extra}</form></main>`;
    const first = detect(form('Dr Jane Smith – work details'), url('5f8d0d55ab'));
    expect(detect(form('Dr Tom Hughes – work details'), url('9c1e77aa02')).fingerprint).toBe(first.fingerprint);
    expect(detect(form('Dr Jane Smith – work details', '<input name="notes" hidden>'), url('5f8d0d55ab')).fingerprint).not.toBe(
      first.fingerprint,
    );
    const shown = detect(form('Work details', '<div hidden><input name="notes"></div>'), url('5f8d0d55ab'));
    expect(detect(form('Work details', '<div><input name="notes"></div>'), url('5f8d0d55ab')).fingerprint).toBe(shown.fingerprint);
    const confirmation = (heading: string) => `<header><h1>PCSE Online</h1></header><main><h1>${heading}</h1><p>Done.</p></main>`;
    expect(detect(confirmation('Locum A submitted')).fingerprint).not.toBe(detect(confirmation('Locum B submitted')).fingerprint);
  });
});
