// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildLocumA, buildLocumB, checkForms, type Finding, type LocumAInput } from '../../../lib/pension';

const riverside = { name: 'Riverside Medical Centre', odsCode: 'Y99901' };
const formA = (overrides: Partial<LocumAInput> = {}) =>
  buildLocumA({
    practice: riverside,
    periods: [{ from: '2025-06-02', to: '2025-06-04' }],
    feePence: 90000,
    paidOn: '2025-06-20',
    workType: 'practice',
    ...overrides,
  });
const codes = (findings: Finding[]) => findings.map((f) => f.code);

describe('checkForms on a clean month', () => {
  it('finds nothing wrong', () => {
    const a = formA();
    const b = buildLocumB({ month: '2025-06', ratePercent: 12.5, formsA: [a] });
    expect(
      checkForms({
        formsA: [a],
        formB: b,
        receivedOn: '2025-07-03',
        chosenRatePercent: 12.5,
        advisedRatePercent: 12.5,
        sdNumber: 'SD12345678',
        niNumber: 'AB 12 34 56 C',
        dateOfBirth: '1980-01-01',
      }),
    ).toEqual([]);
  });
});

describe('the 10-week rule', () => {
  const a = formA({
    periods: [
      { from: '2025-05-01', to: '2025-05-01' },
      { from: '2025-05-20', to: '2025-05-23' },
    ],
    paidOn: '2025-06-30',
  });

  it('is an error for the period whose last day is more than 70 days before receipt', () => {
    // 01/05 + 70 = 10/07; 23/05 + 70 = 01/08.
    const findings = checkForms({ formsA: [a], receivedOn: '2025-07-11' });
    expect(findings.filter((f) => f.code === 'TEN_WEEK_EXCEEDED').map((f) => f.field)).toEqual(['formsA[0].periods[0].to']);
  });

  it('is met on day 70 exactly', () => {
    expect(codes(checkForms({ formsA: [a], receivedOn: '2025-07-10' }))).not.toContain('TEN_WEEK_EXCEEDED');
  });

  it('warns on the stricter first-day reading', () => {
    // 20/05 + 70 = 29/07 < 30/07 ≤ 01/08
    const findings = checkForms({ formsA: [a], receivedOn: '2025-07-30' });
    expect(findings.find((f) => f.code === 'TEN_WEEK_FIRST_DAY')).toMatchObject({
      severity: 'warning',
      field: 'formsA[0].periods[1].from',
    });
  });

  it('is not applied to forms received 1 April 2020 to 30 September 2022', () => {
    const old = formA({ periods: [{ from: '2021-01-04', to: '2021-01-04' }], paidOn: '2021-01-29' });
    expect(codes(checkForms({ formsA: [old], receivedOn: '2021-06-01' }))).not.toContain('TEN_WEEK_EXCEEDED');
    const late = formA({ periods: [{ from: '2022-07-01', to: '2022-07-01' }], paidOn: '2022-07-29' });
    expect(codes(checkForms({ formsA: [late], receivedOn: '2022-09-30' }))).not.toContain('TEN_WEEK_EXCEEDED');
    expect(codes(checkForms({ formsA: [late], receivedOn: '2022-10-01' }))).toContain('TEN_WEEK_EXCEEDED');
  });
});

describe('rate periods', () => {
  it('rejects a row that crosses 31 March / 1 April', () => {
    const a = formA({ periods: [{ from: '2025-03-31', to: '2025-04-01' }], paidOn: '2025-04-10' });
    const findings = checkForms({ formsA: [a], receivedOn: '2025-04-15' });
    expect(findings.find((f) => f.code === 'SPANS_RATE_PERIODS')).toMatchObject({ severity: 'error', field: 'formsA[0].periods[0]' });
  });

  it('rejects a row that crosses 30 September / 1 October 2022', () => {
    const a = formA({ periods: [{ from: '2022-09-30', to: '2022-10-03' }], paidOn: '2022-10-10' });
    expect(codes(checkForms({ formsA: [a], receivedOn: '2022-10-15' }))).toContain('SPANS_RATE_PERIODS');
  });

  it('rejects Form As of one Form B from both sides of a boundary', () => {
    const march = formA({ periods: [{ from: '2024-03-25', to: '2024-03-27' }], paidOn: '2024-04-05' });
    const april = formA({ periods: [{ from: '2024-04-02', to: '2024-04-03' }], paidOn: '2024-04-20' });
    expect(checkForms({ formsA: [march, april], receivedOn: '2024-04-25' }).find((f) => f.code === 'SPANS_RATE_PERIODS')?.field).toBe(
      'formsA',
    );
  });

  it('rejects March work paid in April on the April Form B, and accepts it on the March one', () => {
    const march = formA({ periods: [{ from: '2024-03-25', to: '2024-03-27' }], paidOn: '2024-04-05' });
    expect(march.month).toBe('2024-03');
    const onApril = checkForms({ formsA: [march], formB: { month: '2024-04', ratePercent: 9.8 }, receivedOn: '2024-04-06' });
    expect(onApril.find((f) => f.code === 'SPANS_RATE_PERIODS')?.field).toBe('formB.month');
    expect(codes(checkForms({ formsA: [march], formB: { month: '2024-03', ratePercent: 9.8 }, receivedOn: '2024-04-06' }))).not.toContain(
      'SPANS_RATE_PERIODS',
    );
  });

  it('accepts September and October work on one Form B in other years', () => {
    const sept = formA({ periods: [{ from: '2023-09-28', to: '2023-09-29' }], paidOn: '2023-10-06' });
    const oct = formA({ periods: [{ from: '2023-10-02', to: '2023-10-02' }], paidOn: '2023-10-20' });
    expect(codes(checkForms({ formsA: [sept, oct], formB: { month: '2023-10' }, receivedOn: '2023-11-01' }))).not.toContain(
      'SPANS_RATE_PERIODS',
    );
  });
});

describe('work types', () => {
  it.each(['ooh', 'icb', 'private', 'agency', 'limitedCompany'] as const)('%s work cannot go on Locum A/B', (workType) => {
    const findings = checkForms({ formsA: [formA({ workType })], receivedOn: '2025-06-25' });
    expect(findings.find((f) => f.code === 'NOT_PENSIONABLE_WORK')).toMatchObject({ severity: 'error', field: 'formsA[0].workType' });
  });

  it('accepts practice and appraisal work', () => {
    const appraisal = formA({ workType: 'appraisal', practice: { name: 'NHS England', odsCode: 'X24' } });
    expect(checkForms({ formsA: [formA(), appraisal], receivedOn: '2025-06-25', sdNumber: '12345678' })).toEqual([]);
  });

  it('limits an appraisal to 3 days from 2026/27', () => {
    const appraisal = (from: string, to: string) =>
      formA({ workType: 'appraisal', practice: { name: 'NHS England', odsCode: 'X24' }, periods: [{ from, to }], paidOn: to });
    expect(codes(checkForms({ formsA: [appraisal('2026-06-01', '2026-06-04')], receivedOn: '2026-06-20' }))).toContain(
      'APPRAISAL_OVER_3_DAYS',
    );
    expect(codes(checkForms({ formsA: [appraisal('2026-06-01', '2026-06-03')], receivedOn: '2026-06-20' }))).not.toContain(
      'APPRAISAL_OVER_3_DAYS',
    );
    expect(codes(checkForms({ formsA: [appraisal('2025-06-01', '2025-06-04')], receivedOn: '2025-06-20' }))).not.toContain(
      'APPRAISAL_OVER_3_DAYS',
    );
  });
});

describe('deadline, tier, age and dates', () => {
  it('warns when the Form B arrives after the 7th, and says when the 7th is a weekend', () => {
    const a = formA();
    expect(codes(checkForms({ formsA: [a], formB: { month: '2025-06' }, receivedOn: '2025-07-07' }))).not.toContain('FORM_B_LATE');
    const late = checkForms({ formsA: [a], formB: { month: '2025-06' }, receivedOn: '2025-07-08' }).find((f) => f.code === 'FORM_B_LATE');
    expect(late?.message).toContain('due by 07/07/2025');
    const weekend = checkForms({
      formsA: [formA({ paidOn: '2025-05-30', periods: [{ from: '2025-05-27', to: '2025-05-28' }] })],
      formB: { month: '2025-05' },
      receivedOn: '2025-06-09',
    });
    expect(weekend.find((f) => f.code === 'FORM_B_LATE')?.message).toContain('weekend');
  });

  it('warns when the chosen tier differs from the advised one, from either input', () => {
    expect(codes(checkForms({ formsA: [formA()], receivedOn: '2025-06-25', chosenRatePercent: 9.8, advisedRatePercent: 12.5 }))).toContain(
      'TIER_MISMATCH',
    );
    expect(
      codes(
        checkForms({
          formsA: [formA()],
          formB: { month: '2025-06', ratePercent: 9.8 },
          receivedOn: '2025-06-25',
          advisedRatePercent: 12.5,
        }),
      ),
    ).toContain('TIER_MISMATCH');
    expect(
      codes(checkForms({ formsA: [formA()], receivedOn: '2025-06-25', chosenRatePercent: 12.5, advisedRatePercent: 12.5 })),
    ).not.toContain('TIER_MISMATCH');
  });

  it('stops contributions on the 75th birthday', () => {
    const a = formA({ periods: [{ from: '2025-06-02', to: '2025-06-04' }] });
    expect(codes(checkForms({ formsA: [a], receivedOn: '2025-06-25', dateOfBirth: '1950-06-04' }))).toContain('OVER_75');
    expect(codes(checkForms({ formsA: [a], receivedOn: '2025-06-25', dateOfBirth: '1950-06-05' }))).not.toContain('OVER_75');
  });

  it('rejects work or payment after the day the forms are sent', () => {
    const findings = checkForms({ formsA: [formA()], receivedOn: '2025-06-03' });
    expect(findings.filter((f) => f.code === 'FUTURE_WORK').map((f) => f.field)).toEqual(['formsA[0].periods', 'formsA[0].paidOn']);
  });
});

describe('practice rules', () => {
  it('warns at six months at one practice, counting from the ledger history', () => {
    const findings = checkForms({ formsA: [formA()], receivedOn: '2025-06-25', practiceFirstWorked: { Y99901: '2024-12-02' } });
    expect(codes(findings)).toContain('SIX_MONTHS_ONE_PRACTICE');
    expect(codes(checkForms({ formsA: [formA()], receivedOn: '2025-06-25', practiceFirstWorked: { Y99901: '2024-12-05' } }))).not.toContain(
      'SIX_MONTHS_ONE_PRACTICE',
    );
  });

  it('warns when part of a month at a practice is left unpensioned', () => {
    expect(
      codes(
        checkForms({ formsA: [formA()], receivedOn: '2025-06-25', unpensionedWork: [{ odsCode: 'y99901', dateWorked: '2025-06-10' }] }),
      ),
    ).toContain('PARTIAL_PRACTICE_MONTH');
    expect(
      codes(
        checkForms({ formsA: [formA()], receivedOn: '2025-06-25', unpensionedWork: [{ odsCode: 'Y99901', dateWorked: '2025-07-10' }] }),
      ),
    ).not.toContain('PARTIAL_PRACTICE_MONTH');
  });
});

describe('identifiers and provisional rates', () => {
  it('reports invalid SD, NI and ODS codes', () => {
    const findings = checkForms({
      formsA: [formA({ practice: { name: 'Somewhere', odsCode: 'Y9990' } })],
      receivedOn: '2025-06-25',
      sdNumber: 'SD 00/123456',
      niNumber: 'QQ12345',
    });
    expect(codes(findings)).toEqual(expect.arrayContaining(['INVALID_SD', 'INVALID_NI', 'INVALID_ODS']));
  });

  it('says the payment reference needs an SD number when none is given', () => {
    const missing = checkForms({ formsA: [formA()], receivedOn: '2025-06-25' }).find((f) => f.code === 'MISSING_SD');
    expect(missing).toMatchObject({ severity: 'warning', field: 'sdNumber' });
    expect(missing?.message).toMatch(/^Payment reference .*no SD number is given, so the Locum B has no payment reference/);
    expect(codes(checkForms({ formsA: [formA()], receivedOn: '2025-06-25', sdNumber: ' ' }))).toContain('MISSING_SD');
    expect(codes(checkForms({ formsA: [formA()], receivedOn: '2025-06-25', sdNumber: 'SD 12345678' }))).not.toContain('MISSING_SD');
  });

  it('notes that 2026/27 rates are provisional, once', () => {
    const a = formA({ periods: [{ from: '2026-05-04', to: '2026-05-05' }], paidOn: '2026-05-29' });
    const findings = checkForms({ formsA: [a, a], receivedOn: '2026-06-01' });
    expect(findings.filter((f) => f.code === 'PROVISIONAL_RATES')).toHaveLength(1);
    expect(findings.find((f) => f.code === 'PROVISIONAL_RATES')?.severity).toBe('info');
    expect(findings.find((f) => f.code === 'PROVISIONAL_RATES')?.message).toMatch(/2026\/27.*Rates page/);
  });
});

describe('every finding', () => {
  it('is plain English that names the rule and ends with its https source, errors first', () => {
    const a = formA({ workType: 'agency', periods: [{ from: '2026-01-05', to: '2026-01-05' }], paidOn: '2026-01-30' });
    const findings = checkForms({
      formsA: [a],
      formB: { month: '2026-01', ratePercent: 9.8 },
      receivedOn: '2026-04-20',
      advisedRatePercent: 12.5,
    });
    expect(findings.length).toBeGreaterThanOrEqual(4);
    for (const finding of findings) {
      expect(finding.source).toMatch(/^https:\/\//);
      expect(finding.message.endsWith(`Source: ${finding.source}`)).toBe(true);
    }
    const order = findings.map((f) => f.severity);
    expect(order).toEqual([...order].sort((x, y) => ['error', 'warning', 'info'].indexOf(x) - ['error', 'warning', 'info'].indexOf(y)));
  });

  it('comes back as an input error, not findings, for malformed forms', () => {
    expect(() => checkForms({ formsA: [{ nope: true } as never], receivedOn: '2025-06-25' })).toThrow(/checkForms: formsA\[0\]/);
  });
});
