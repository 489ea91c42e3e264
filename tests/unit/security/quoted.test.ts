// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parsePortalProfile, toPortalProfile } from '../../../lib/portal/recognise/portal-profile';
import { quoted } from '../../../lib/shared/quoted';

describe('quoted: file text inside a message', () => {
  it('keeps ordinary text as it is', () => {
    expect(quoted('Café – £5')).toBe('"Café – £5"');
  });

  it('drops control and bidirectional characters that would garble the message', () => {
    expect(quoted('\u202Egnp.exe')).toBe('"gnp.exe"');
    expect(quoted('A\u0000B\u200F')).toBe('"AB"');
  });

  it('cuts long text short without splitting a character', () => {
    expect(quoted('x'.repeat(3000))).toBe(`"${'x'.repeat(40)}…"`);
    expect(quoted('😀'.repeat(41))).toBe(`"${'😀'.repeat(40)}…"`);
  });
});

describe('a portal profile naming a bad field', () => {
  it('quotes what the file calls it, cut short', () => {
    // Found by tests/unit/security/hostile-portal-profile.test.ts: the message quoted a 3,000-character page kind whole.
    const mapping = {
      id: '',
      pageKind: 'x'.repeat(3000),
      fingerprint: { id: '', name: '', label: '' },
      concept: 'fee',
      createdAt: '2026-03-01T09:00:00.000Z',
    };
    const text = JSON.stringify(toPortalProfile([mapping], [], new Date('2026-03-01T09:00:00.000Z')));
    expect(parsePortalProfile(text)).toEqual({
      ok: false,
      error: `This portal profile cannot be imported: taught field 1 ("fee" on the "${'x'.repeat(40)}…" page) is not valid (mappings[0].id: empty).`,
    });
  });
});
