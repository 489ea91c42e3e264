import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { privateStrings } from '../../../lib/ledger/private-strings';
import { readPage } from '../../../lib/portal/recognise/page-fields';
import { extractStructure } from '../../../lib/portal/structure/extract';
import { parseStructure } from '../../../lib/portal/structure/schema';
import { scrubStructure } from '../../../lib/portal/structure/scrub-structure';
import { scrubText } from '../../../lib/portal/structure/scrub';

const ledger = {
  profile: {
    name: 'Dr Priya Raman-Holt',
    sdNumber: '91234567',
    niNumber: 'AB123456C',
    gmcNumber: '7654321',
    email: 'priya.raman@nhs.net',
    otherRoles: [],
  },
  practices: [
    { id: 'k', name: 'Kingsbridge Health Centre', odsCode: 'Y12345', address: '3 Mill Lane, Totnes', email: '', approverContact: '' },
  ],
  sessions: [],
  invoices: [{ id: 'i', practiceId: 'k', reference: 'KHC-2026-031', sessionIds: [] }],
  submissions: [],
  receipts: [],
  settings: { notifications: true },
};

/** What "Copy page structure" produces: the content script's scrub, then the background's, with the ledger's strings. */
function structureOf(html: string, url: string) {
  document.documentElement.innerHTML = html;
  const page = extractStructure(document, url, 'locumAForm', readPage(document, 'locumAForm').recognitions, [], (t) => scrubText(t));
  const strings = privateStrings(ledger as never);
  return scrubStructure(page, (t) => scrubText(t, strings));
}

describe('a page structure keeps the layout and none of the data', () => {
  const structure = structureOf(
    readFileSync('tests/fixtures/portal-pages/private-data-page.html', 'utf8'),
    'https://secure.pcse.england.nhs.uk/GPP/Locum/LocumA/Create?claim=KHC-2026-031&ref=Y12345',
  );
  const text = JSON.stringify(structure);

  it.each([
    'Priya',
    'Raman',
    'AB 12 34 56 C',
    'AB123456C',
    '91234567',
    '7654321',
    'priya.raman@nhs.net',
    '07700 900123',
    'TQ9 5AB',
    'Totnes',
    'Mill Lane',
    'Kingsbridge',
    'Y12345',
    'KHC-2026-031',
    '14/02/2026',
    '02/03/2026',
    '03/03/2026',
    '10 March 2026',
    '2026-03-10',
    'March 2026',
    'February 2026',
    '1,234.56',
    '2,194.45',
    '2194.45',
    '1,975.01',
  ])('contains no "%s"', (secret) => {
    expect(text).not.toContain(secret);
  });

  it('keeps what a replica needs: labels, headings, the path without query values, and what each field was taken for', () => {
    expect(structure.path).toBe('/GPP/Locum/LocumA/Create?claim=&ref=');
    expect(structure.headings).toContain('Locum A – Certificate of NHS work and pay for one practice');
    expect(structure.controls.map((c) => [c.label, c.recognised])).toContainEqual(['First day worked', 'periodFirstDay']);
    expect(structure.controls.find((c) => c.id === 'ods')).toMatchObject({ label: 'Practice code (ODS code)', recognised: 'practiceCode' });
    expect(structure.tables[0]!.headers).toEqual(['Include', 'Reference', 'Pensionable pay']);
    expect(parseStructure(text)).toMatchObject({ ok: true });
  });
});

describe('parseStructure refuses a malformed file and says why', () => {
  const valid = structureOf(
    readFileSync('tests/fixtures/portal-pages/classic-a-form.html', 'utf8'),
    'http://127.0.0.1/GPP/Locum/LocumA/Create',
  );
  it.each([
    ['not JSON', '{', 'This is not a page-structure file: it is not JSON.'],
    [
      'another format',
      JSON.stringify({ format: 'locum-ledger-backup' }),
      'This is not a page-structure file: "format" should be "locum-ledger-page-structure".',
    ],
    ['a newer version', JSON.stringify({ ...valid, version: 2 }), 'The page-structure file is not valid at version'],
    ['an unknown page kind', JSON.stringify({ ...valid, pageKind: 'payslip' }), 'The page-structure file is not valid at pageKind'],
    [
      'a control without a tag',
      JSON.stringify({ ...valid, controls: [{ position: {} }] }),
      'The page-structure file is not valid at controls.0.tag',
    ],
  ])('%s', (_, text, message) => {
    const result = parseStructure(text);
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error).toContain(message);
  });
});
