import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayHaveWork } from '../../../lib/portal/loader/quick-look';

const page = (file: string) => new DOMParser().parseFromString(readFileSync(`tests/fixtures/portal-pages/${file}`, 'utf8'), 'text/html');

describe('the content script’s quick look decides whether to load the assistant', () => {
  it.each(['a-form', 'b-form', 'a-confirm', 'b-confirm', 'a-list', 'b-list', 'approvals', 'review'])(
    'loads it on the %s page of every variant',
    (name) => {
      for (const variant of ['classic', 'govuk', 'table']) expect(mayHaveWork(page(`${variant}-${name}.html`))).toBe(true);
    },
  );

  it.each(['login', 'org', 'home', 'dashboard'])('leaves it unloaded on the %s page', (name) => {
    for (const variant of ['classic', 'govuk', 'table']) expect(mayHaveWork(page(`${variant}-${name}.html`))).toBe(false);
  });

  it('loads it on an unfamiliar page that has a form with fields', () => {
    const doc = new DOMParser().parseFromString('<h1>New claim</h1><form><input><input><select></select></form>', 'text/html');
    expect(mayHaveWork(doc)).toBe(true);
  });

  it('loads it on a page whose fields sit outside any <form>, as single-page apps write them', () => {
    const doc = new DOMParser().parseFromString('<main><h1>Your work</h1><div><input><input><select></select></div></main>', 'text/html');
    expect(mayHaveWork(doc)).toBe(true);
  });

  it('loads it on a page that shows a payment or form reference, under any heading', () => {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    expect(mayHaveWork(parse('<main><h1>Thank you</h1><p>Payment reference 84123456LOCMAR2026-01</p></main>'))).toBe(true);
    expect(mayHaveWork(parse('<main><h1>Done</h1><p>Your reference number is LA-004512.</p></main>'))).toBe(true);
    expect(mayHaveWork(parse('<main><h1>Help</h1><p>Call 0333 014 2884 for help.</p></main>'))).toBe(false);
  });
});
