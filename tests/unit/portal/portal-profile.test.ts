// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PageKindAnswer, PortalMapping } from '../../../lib/shared/records';
import {
  BACKUP_NOT_PROFILE,
  MAX_PORTAL_PROFILE_BYTES,
  NOT_A_PORTAL_PROFILE,
  PROFILE_NOT_JSON,
  PROFILE_TOO_LARGE,
  parsePortalProfile,
  serialisePortalProfile,
  toPortalProfile,
} from '../../../lib/portal/recognise/portal-profile';
import { PORTAL_PROFILE_FORMAT } from '../../../lib/shared/json-file';

const NOW = new Date('2026-11-21T10:15:00.000Z');

const MAPPINGS: PortalMapping[] = [
  {
    id: 'm1',
    pageKind: 'locum-a',
    fingerprint: { id: 'txtFee', name: 'ctl00$Fee', label: 'Total fee (£)' },
    concept: 'feePence',
    createdAt: '2026-11-01T09:00:00.000Z',
  },
  {
    id: 'm2',
    pageKind: 'locum-b',
    fingerprint: { id: '', name: 'tier', label: 'Tier – Café “rate”' },
    concept: 'ratePercent',
    createdAt: '2026-11-02T09:00:00.000Z',
  },
];

const ANSWERS: PageKindAnswer[] = [
  { fingerprint: '0a1b2c3d4e5f6071', kind: 'locumAForm', heading: 'Submit your work details', answeredAt: '2026-11-03T09:00:00.000Z' },
  { fingerprint: '8192a3b4c5d6e7f8', kind: 'none', heading: 'Messages', answeredAt: '2026-11-04T09:00:00.000Z' },
];

const profileText = (changes: Record<string, unknown>) => JSON.stringify({ ...toPortalProfile(MAPPINGS, ANSWERS, NOW), ...changes });

describe('toPortalProfile', () => {
  it('stamps the format, version and export time', () => {
    expect(toPortalProfile(MAPPINGS, ANSWERS, NOW)).toEqual({
      format: PORTAL_PROFILE_FORMAT,
      version: 2,
      exportedAt: '2026-11-21T10:15:00.000Z',
      mappings: MAPPINGS,
      answers: ANSWERS,
    });
  });
});

describe('parsePortalProfile', () => {
  it('gives back exactly the mappings and answers that were exported', () => {
    expect(parsePortalProfile(serialisePortalProfile(MAPPINGS, ANSWERS, NOW))).toEqual({ ok: true, mappings: MAPPINGS, answers: ANSWERS });
  });

  it('still reads a version 1 profile, which has taught fields and no answers', () => {
    const v1 = JSON.stringify({ format: PORTAL_PROFILE_FORMAT, version: 1, exportedAt: NOW.toISOString(), mappings: MAPPINGS });
    expect(parsePortalProfile(v1)).toEqual({ ok: true, mappings: MAPPINGS, answers: [] });
  });

  it('refuses a version 2 profile without its answers, rather than read it as having none', () => {
    const { answers: _dropped, ...withoutAnswers } = toPortalProfile(MAPPINGS, ANSWERS, NOW);
    expect(parsePortalProfile(JSON.stringify(withoutAnswers))).toEqual({
      ok: false,
      error: 'This portal profile cannot be imported: the file is not valid (answers: missing).',
    });
  });

  it('reads an empty profile and forgives the byte-order mark Notepad adds', () => {
    expect(parsePortalProfile(`\uFEFF${serialisePortalProfile([], [], NOW)}`)).toEqual({ ok: true, mappings: [], answers: [] });
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const padded = `${serialisePortalProfile(MAPPINGS, ANSWERS, NOW)}${' '.repeat(MAX_PORTAL_PROFILE_BYTES)}`;
    expect(parsePortalProfile(padded)).toEqual({ ok: false, error: PROFILE_TOO_LARGE });
    expect(PROFILE_TOO_LARGE).toBe('This file is larger than 1 MB, far more than a portal profile can be, so it was not read.');
  });

  it('counts bytes, not characters, against the limit', () => {
    // Half a million £ signs: well under a million characters, but each is two bytes of UTF-8.
    const overInBytes = JSON.stringify({ ...toPortalProfile([], [], NOW), note: '£'.repeat(MAX_PORTAL_PROFILE_BYTES / 2 + 100) });
    expect(overInBytes.length).toBeLessThan(MAX_PORTAL_PROFILE_BYTES);
    expect(parsePortalProfile(overInBytes)).toEqual({ ok: false, error: PROFILE_TOO_LARGE });
  });

  it('refuses text that is not JSON', () => {
    expect(parsePortalProfile('{"format": "locum-ledger-portal-profile",')).toEqual({ ok: false, error: PROFILE_NOT_JSON });
    expect(PROFILE_NOT_JSON).toBe(
      'This file is not JSON, the text format Locum Ledger saves portal profiles in, so it cannot be a portal profile.',
    );
  });

  it('refuses another kind of file by its format marker', () => {
    expect(parsePortalProfile(profileText({ format: 'something-else' }))).toEqual({ ok: false, error: NOT_A_PORTAL_PROFILE });
    expect(parsePortalProfile('[1, 2, 3]')).toEqual({ ok: false, error: NOT_A_PORTAL_PROFILE });
    expect(NOT_A_PORTAL_PROFILE).toBe(
      'This file is not a Locum Ledger portal profile: it does not start with "format": "locum-ledger-portal-profile".',
    );
  });

  it('points a backup to the restore instead', () => {
    expect(parsePortalProfile(JSON.stringify({ format: 'locum-ledger-backup', schemaVersion: 1, data: {} }))).toEqual({
      ok: false,
      error: BACKUP_NOT_PROFILE,
    });
  });

  it('asks for an update rather than half-reading a newer version', () => {
    expect(parsePortalProfile(profileText({ version: 3 }))).toEqual({
      ok: false,
      error:
        'This portal profile was made by a newer Locum Ledger (profile version 3; this version reads version 2). Update Locum Ledger, then import it.',
    });
  });

  it('names the first bad mapping, by its number and what it was taught as, and the field that is wrong', () => {
    const bad = [MAPPINGS[0], { ...MAPPINGS[1], fingerprint: { id: '', name: 'tier', label: 'x'.repeat(301) } }, { id: 'm3' }];
    expect(parsePortalProfile(profileText({ mappings: bad }))).toEqual({
      ok: false,
      error:
        'This portal profile cannot be imported: taught field 2 ("ratePercent" on the "locum-b" page) is not valid (mappings[1].fingerprint.label: at most 300 characters).',
    });
  });

  it('names a mapping too broken to describe by its number alone', () => {
    const result = parsePortalProfile(profileText({ mappings: [MAPPINGS[0], 'not a mapping'] }));
    expect(result).toEqual({
      ok: false,
      error: 'This portal profile cannot be imported: taught field 2 is not valid (mappings[1]: expected object).',
    });
  });

  it('says a field is empty or missing rather than merely invalid', () => {
    const emptyConcept = { ...MAPPINGS[1], concept: '' };
    expect(parsePortalProfile(profileText({ mappings: [emptyConcept] }))).toEqual({
      ok: false,
      error: 'This portal profile cannot be imported: taught field 1 (on the "locum-b" page) is not valid (mappings[0].concept: empty).',
    });
    const { createdAt: _dropped, ...undated } = MAPPINGS[0]!;
    expect(parsePortalProfile(profileText({ mappings: [MAPPINGS[1], undated] }))).toEqual({
      ok: false,
      error:
        'This portal profile cannot be imported: taught field 2 ("feePence" on the "locum-a" page) is not valid (mappings[1].createdAt: missing).',
    });
  });

  it('names a problem outside the mappings', () => {
    expect(parsePortalProfile(profileText({ exportedAt: 'yesterday' }))).toEqual({
      ok: false,
      error: 'This portal profile cannot be imported: the file is not valid (exportedAt: expected a date and time).',
    });
  });

  it('refuses two mappings with one id, which would silently overwrite each other', () => {
    expect(parsePortalProfile(profileText({ mappings: [MAPPINGS[0], { ...MAPPINGS[1], id: 'm1' }] }))).toEqual({
      ok: false,
      error: 'This portal profile cannot be imported: taught field 2 has the same id ("m1") as taught field 1.',
    });
  });

  it('names a bad answer by its number and the heading of the page it was given on', () => {
    const bad = [ANSWERS[0], { ...ANSWERS[1], kind: 'login' }];
    expect(parsePortalProfile(profileText({ answers: bad }))).toEqual({
      ok: false,
      error:
        'This portal profile cannot be imported: page answer 2 ("Messages") is not valid (answers[1].kind: expected "locumAForm" or "locumBForm" or "locumAConfirmation" or "locumBConfirmation" or "approvalReview" or "none").',
    });
  });

  it('refuses two answers for one page, which would leave which one counts to the order of the file', () => {
    expect(parsePortalProfile(profileText({ answers: [ANSWERS[0], { ...ANSWERS[1], fingerprint: ANSWERS[0]!.fingerprint }] }))).toEqual({
      ok: false,
      error: 'This portal profile cannot be imported: page answer 2 is for the same page ("0a1b2c3d4e5f6071") as page answer 1.',
    });
  });
});
