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
});
