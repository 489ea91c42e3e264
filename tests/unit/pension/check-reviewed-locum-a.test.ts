import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkForms, checkReviewedLocumA, type Finding, type ReviewedLocumA } from '../../../lib/pension';
import rules from '../../../lib/pension/data/rules.json';
import { locumAFromSummary } from '../../../lib/portal/read/locum-a-summary';
import { readSummary } from '../../../lib/portal/read/summary';

/** The 10-week rule has one source: the one checkForms cites for TEN_WEEK_EXCEEDED. */
const SOURCE = rules.findings.TEN_WEEK_EXCEEDED.source;
/** Each approver check's source, as rules.json gives it. */
const sourceOf = (code: keyof typeof rules.approverChecks): string => {
  const rule: { source?: string; sameSourceAs?: string } = rules.approverChecks[code];
  return rule.source ?? rules.findings[rule.sameSourceAs as keyof typeof rules.findings].source;
};
/** An approver check's message ends with its source, as every finding's does. */
const withSource = (code: keyof typeof rules.approverChecks, message: string) => `${message} Source: ${sourceOf(code)}`;
const finding = (code: keyof typeof rules.approverChecks, severity: Finding['severity'], message: string): Finding => ({
  code,
  severity,
  message: withSource(code, message),
  source: sourceOf(code),
});
const review = new DOMParser().parseFromString(readFileSync('tests/fixtures/portal-pages/classic-review.html', 'utf8'), 'text/html');
const ORGANISATION = review.querySelector('#header-organisation')!.textContent!;
const read = locumAFromSummary(readSummary(review));
if ('error' in read) throw new Error(read.error);
const LA: ReviewedLocumA = read;

const byCode = (checks: Finding[]) => Object.fromEntries(checks.map((check) => [check.code, check]));
const check = (a: Partial<ReviewedLocumA>, today = '2026-03-20', organisationText: string | undefined = ORGANISATION) =>
  byCode(checkReviewedLocumA({ ...LA, ...a }, { today, ...(organisationText !== undefined && { organisationText }) }));

describe('checkReviewedLocumA on LA-000123 (the replica review page)', () => {
  const checks = check({});

  it('runs every check, in reading order', () => {
    expect(Object.keys(checks)).toEqual([
      'PENSIONABLE_PAY',
      'EMPLOYER_CONTRIBUTION',
      'DATES_NOT_FUTURE',
      'DATES_ORDER',
      'ONE_RATE_PERIOD',
      'TEN_WEEK',
      'ORGANISATION',
    ]);
  });

  it('warns that box 2 is a penny under 90% of the fee, naming both figures and the exact one', () => {
    expect(checks.PENSIONABLE_PAY).toEqual(
      finding(
        'PENSIONABLE_PAY',
        'warning',
        'Pensionable pay (box 2) is £1,975.00, but 90% of the fee (box 1) £2,194.45 is £1,975.005, which is £1,975.01 to the penny. ' +
          'A penny out is usually rounding on the portal, but the scheme pensions exactly 90% of the fee.',
      ),
    );
  });

  it('warns that box 3 is a penny under 14.38% of box 2', () => {
    expect(checks.EMPLOYER_CONTRIBUTION!.severity).toBe('warning');
    expect(checks.EMPLOYER_CONTRIBUTION!.message).toContain('is £284.00, but 14.38% of the pensionable pay (box 2) £1,975.00');
    expect(checks.EMPLOYER_CONTRIBUTION!.message).toContain('is £284.005, which is £284.01 to the penny');
  });

  it('passes the dates, gives the days left under the 10-week rule with its source, and matches the organisation', () => {
    expect(checks.DATES_NOT_FUTURE).toEqual(finding('DATES_NOT_FUTURE', 'info', 'No date on the form is after today, 20/03/2026.'));
    expect(checks.DATES_ORDER).toEqual(
      finding('DATES_ORDER', 'info', 'The dates worked (02/03/2026 – 03/03/2026) are in order and on or before the date paid, 10/03/2026.'),
    );
    expect(checks.TEN_WEEK).toEqual(
      finding(
        'TEN_WEEK',
        'info',
        `The 10-week rule: work ending 03/03/2026 must reach PCSE, with the locum's Locum B and payment, by 12/05/2026. 53 days left.`,
      ),
    );
    expect(checks.ORGANISATION).toEqual(
      finding('ORGANISATION', 'info', 'The Locum A is for Riverside Medical Centre (Y99901), the organisation you have selected (Y99901).'),
    );
  });

  it('fails when another organisation is selected', () => {
    expect(check({}, '2026-03-20', 'Elm Tree Surgery (Y99902)').ORGANISATION).toEqual(
      finding(
        'ORGANISATION',
        'error',
        'The Locum A is for Riverside Medical Centre (Y99901), but you have selected Elm Tree Surgery (Y99902). Only the practice that paid the locum can approve it.',
      ),
    );
  });
});

describe('checkReviewedLocumA, other cases', () => {
  it('passes figures that are right to the penny', () => {
    const checks = check({ pensionablePence: 197501, employerPence: 28401 });
    expect(checks.PENSIONABLE_PAY).toEqual(
      finding('PENSIONABLE_PAY', 'info', 'Pensionable pay (box 2) £1,975.01 is exactly 90% of the fee (box 1) £2,194.45.'),
    );
    expect(checks.EMPLOYER_CONTRIBUTION).toEqual(
      finding(
        'EMPLOYER_CONTRIBUTION',
        'info',
        'Employer contribution (box 3) £284.01 is exactly 14.38% of the pensionable pay (box 2) £1,975.01, the employer rate for payments made on 10/03/2026.',
      ),
    );
  });

  it('fails figures more than a penny out', () => {
    const checks = check({ feePence: 200000, pensionablePence: 190000, employerPence: 30000 });
    expect(checks.PENSIONABLE_PAY!.severity).toBe('error');
    expect(checks.PENSIONABLE_PAY!.message).toBe(
      withSource(
        'PENSIONABLE_PAY',
        'Pensionable pay (box 2) is £1,900.00, but 90% of the fee (box 1) £2,000.00 is £1,800.00. It must be exactly 90% of the fee.',
      ),
    );
    expect(checks.EMPLOYER_CONTRIBUTION!.severity).toBe('error');
    expect(checks.EMPLOYER_CONTRIBUTION!.message).toBe(
      withSource(
        'EMPLOYER_CONTRIBUTION',
        'Employer contribution (box 3) is £300.00, but 14.38% of the pensionable pay (box 2) £1,900.00, the employer rate for payments made on 10/03/2026, is £273.22. The employer contribution is wrong.',
      ),
    );
  });

  it('fails dates in the future', () => {
    const checks = check({}, '2026-03-02');
    expect(checks.DATES_NOT_FUTURE).toEqual(
      finding(
        'DATES_NOT_FUTURE',
        'error',
        'The day worked 03/03/2026 and the date paid 10/03/2026 are after today, 02/03/2026: a Locum A can only declare work done and paid.',
      ),
    );
  });

  it('fails periods that run backwards or overlap, and work after the date paid', () => {
    expect(check({ periods: [{ from: '2026-03-03', to: '2026-03-02' }] }).DATES_ORDER!.message).toBe(
      withSource('DATES_ORDER', 'The dates worked 03/03/2026 – 02/03/2026 end before they start.'),
    );
    const overlapping = check({
      periods: [
        { from: '2026-03-02', to: '2026-03-04' },
        { from: '2026-03-04', to: '2026-03-05' },
      ],
    }).DATES_ORDER!;
    expect(overlapping).toMatchObject({
      severity: 'error',
      message: withSource(
        'DATES_ORDER',
        'The dates worked 02/03/2026 – 04/03/2026 and 04/03/2026 – 05/03/2026 overlap, so days would be counted twice.',
      ),
    });
    const paidEarly = check({ paidOn: '2026-03-02' }).DATES_ORDER!;
    expect(paidEarly).toMatchObject({
      severity: 'error',
      message: withSource(
        'DATES_ORDER',
        'Work on 03/03/2026 is after the date paid, 02/03/2026, but a locum is paid for work already done.',
      ),
    });
  });

  it('warns with 14 days or fewer left under the 10-week rule, and fails once it has passed', () => {
    expect(check({}, '2026-04-27').TEN_WEEK).toMatchObject({
      severity: 'info',
      message: expect.stringContaining('15 days left.') as string,
    });
    expect(check({}, '2026-04-28').TEN_WEEK).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('14 days left. Approving or rejecting it promptly') as string,
    });
    expect(check({}, '2026-05-11').TEN_WEEK).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('by 12/05/2026. 1 day left.') as string,
    });
    expect(check({}, '2026-05-12').TEN_WEEK).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('by 12/05/2026. Today is the last day.') as string,
    });
    expect(check({}, '2026-05-13').TEN_WEEK).toEqual(
      finding(
        'TEN_WEEK',
        'error',
        `The 10-week rule: work ending 03/03/2026 had to reach PCSE, with the locum's Locum B and payment, by 12/05/2026. That was 1 day ago, so this work can no longer be pensioned.`,
      ),
    );
  });

  it('turns the engine refusing a date outside its rate periods into a warning', () => {
    const checks = check({ periods: [{ from: '2014-05-01', to: '2014-05-01' }], paidOn: '2014-05-09' }, '2014-05-20');
    expect(checks.EMPLOYER_CONTRIBUTION).toEqual(
      finding(
        'EMPLOYER_CONTRIBUTION',
        'warning',
        "Could not check the employer contribution: No NHS pension rate period covers 09/05/2014: the engine knows the scheme's tiers from 01/04/2015.",
      ),
    );
  });

  it('warns when the date paid, the selected organisation or the ODS code is missing', () => {
    const { paidOn: _paidOn, odsCode: _odsCode, ...rest } = LA;
    const bare = { ...rest, practiceText: 'Riverside Medical Centre' };
    const checks = byCode(checkReviewedLocumA(bare, { today: '2026-03-20' }));
    expect(checks.EMPLOYER_CONTRIBUTION).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('The date paid is not shown') as string,
    });
    expect(checks.ORGANISATION).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('Could not tell which organisation you have selected') as string,
    });
    expect(byCode(checkReviewedLocumA(bare, { today: '2026-03-20', organisationText: ORGANISATION })).ORGANISATION).toEqual(
      finding(
        'ORGANISATION',
        'warning',
        'The Locum A does not show an ODS code for Riverside Medical Centre; check that it is your practice, Riverside Medical Centre (Y99901).',
      ),
    );
  });
});

describe('one rate period per Locum A', () => {
  it('passes work inside one scheme year and fails work either side of 1 April', () => {
    expect(check({}).ONE_RATE_PERIOD).toMatchObject({
      severity: 'info',
      message: withSource('ONE_RATE_PERIOD', 'All the dates worked fall in one rate period (2025-26).'),
    });
    const spanning = check({ periods: [{ from: '2026-03-30', to: '2026-04-02' }], paidOn: '2026-04-10' }, '2026-04-20').ONE_RATE_PERIOD!;
    expect(spanning.severity).toBe('error');
    expect(spanning.message).toContain('2025-26 and 2026-27');
  });
});

describe('the 10-week rule has one source', () => {
  it('the approver check cites the page checkForms cites for TEN_WEEK_EXCEEDED, whatever it finds', () => {
    const late = checkForms({
      formsA: [
        {
          practice: { name: 'Riverside Medical Centre', odsCode: 'Y99901' },
          periods: LA.periods,
          paidOn: '2026-03-10',
          workType: 'practice',
          box1: 219445,
          box2: 197501,
          box3: 28401,
        },
      ],
      receivedOn: '2026-05-13',
    }).find((f) => f.code === 'TEN_WEEK_EXCEEDED')!;
    const approver = [
      ...['2026-03-20', '2026-04-28', '2026-05-13'].map((today) => check({}, today).TEN_WEEK!),
      byCode(checkReviewedLocumA({ ...LA, periods: [] }, { today: '2026-03-20' })).TEN_WEEK!,
    ];
    expect(approver.map((f) => f.severity)).toEqual(['info', 'warning', 'error', 'warning']);
    for (const f of approver) {
      expect(f.source).toBe(late.source);
      expect(f.message.endsWith(`Source: ${late.source}`)).toBe(true);
    }
  });
});

describe('a review page that does not show boxes 2 and 3', () => {
  const { pensionablePence: _box2, employerPence: _box3, ...shown } = LA;

  it('still runs every check, and says which figure could not be checked and why', () => {
    const checks = byCode(checkReviewedLocumA(shown, { today: '2026-03-20', organisationText: ORGANISATION }));
    expect(Object.keys(checks)).toHaveLength(7);
    expect(checks.PENSIONABLE_PAY).toEqual(
      finding('PENSIONABLE_PAY', 'warning', 'The pensionable pay (box 2) is not shown on this page, so it could not be checked.'),
    );
    expect(checks.EMPLOYER_CONTRIBUTION).toEqual(
      finding(
        'EMPLOYER_CONTRIBUTION',
        'warning',
        'The employer contribution (box 3) is not shown on this page, so it could not be checked.',
      ),
    );
    expect(checks.DATES_ORDER!.severity).toBe('info');
  });

  it('box 3 shown without box 2: the employer contribution cannot be worked out', () => {
    const checks = byCode(checkReviewedLocumA({ ...shown, employerPence: 28400 }, { today: '2026-03-20' }));
    expect(checks.EMPLOYER_CONTRIBUTION!.severity).toBe('warning');
    expect(checks.EMPLOYER_CONTRIBUTION!.message).toContain('The pensionable pay (box 2) is not shown on this page');
  });
});
