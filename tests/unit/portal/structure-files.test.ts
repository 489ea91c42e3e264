import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../../lib/portal/structure/schema';

const DIR = 'tests/replica/structures';

/** Every committed structure file is a valid, current structure, and none carries a value that looks like data. */
describe.each(readdirSync(DIR).filter((file) => file.endsWith('.json')))('%s', (file) => {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  it('is valid against the schema', () => {
    expect(parseStructure(text)).toMatchObject({ ok: true });
  });
  it('holds no dates, amounts, long numbers or email addresses', () => {
    expect(text).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{4}\b|£\s?\d|\b\d{6,}\b|@[\w-]+\./);
  });
});
