import { describe, expect, it } from 'vitest';
import { buildLocumA, checkForms, gmcNumberProblem, niNumberProblem, odsCodeProblem, sdNumberProblem } from '../../../lib/pension';

const formA = (odsCode: string) =>
  buildLocumA({
    practice: { name: 'Riverside Medical Centre', odsCode },
    periods: [{ from: '2025-05-05', to: '2025-05-05' }],
    feePence: 30000,
    paidOn: '2025-05-30',
    workType: 'practice',
  });

/** What checkForms says about the same values, so the field and the Months view can be compared word for word. */
const findingFor = (code: string, input: { sdNumber?: string; niNumber?: string; odsCode?: string }) =>
  checkForms({ formsA: [formA(input.odsCode ?? 'Y99901')], receivedOn: '2025-06-10', ...input }).find((f) => f.code === code);

describe('field checks on save', () => {
  it('says of a bad SD number exactly what the findings say', () => {
    const problem = sdNumberProblem('SD 1234');
    expect(problem).toMatchObject({ code: 'INVALID_SD', severity: 'error', field: 'sdNumber' });
    expect(problem?.message).toBe(findingFor('INVALID_SD', { sdNumber: 'SD 1234' })?.message);
    expect(problem?.message).toMatch(/"SD 1234" is not valid: an SD number is eight digits/);
  });

  it('accepts each way of writing an SD number', () => {
    for (const sd of ['12345678', 'SD12345678', 'sd 12345678', ' SD 12345678 ']) expect(sdNumberProblem(sd)).toBeUndefined();
  });

  it('warns, without stopping the save, that a missing SD number leaves no payment reference, in the findings’ words', () => {
    const problem = sdNumberProblem('');
    expect(problem).toMatchObject({ code: 'MISSING_SD', severity: 'warning' });
    expect(problem?.message).toBe(findingFor('MISSING_SD', {})?.message);
  });

  it('says of a bad NI number what the findings say, and lets an empty one be', () => {
    expect(niNumberProblem('QQ12345')?.message).toBe(findingFor('INVALID_NI', { niNumber: 'QQ12345' })?.message);
    expect(niNumberProblem('QQ 12 34 56 C')).toBeUndefined();
    expect(niNumberProblem('')).toBeUndefined();
  });

  it('refuses practice codes that are not one letter and five digits, as the findings do', () => {
    for (const code of ['Y9990', '12345', 'AB1234']) {
      const problem = odsCodeProblem(code, 'Riverside Medical Centre', 'practice', 'formsA[0].practice.odsCode');
      expect(problem?.severity).toBe('error');
      expect(problem?.message).toBe(findingFor('INVALID_ODS', { odsCode: code })?.message);
      expect(problem?.message).toMatch(/one letter and five digits, like A12345/);
    }
    expect(odsCodeProblem('Y99901', 'Riverside', 'practice')).toBeUndefined();
  });

  it('accepts a commissioner’s short code only when the organisation is not a GP practice', () => {
    expect(odsCodeProblem('X24', 'NHS England', 'appraisal')).toBeUndefined();
    expect(odsCodeProblem('X24', 'NHS England', 'practice')?.code).toBe('INVALID_ODS');
  });

  it('warns about a GMC number that is not seven digits', () => {
    expect(gmcNumberProblem('123456')).toMatchObject({ code: 'INVALID_GMC', severity: 'warning', field: 'gmcNumber' });
    expect(gmcNumberProblem('1234567')).toBeUndefined();
    expect(gmcNumberProblem('')).toBeUndefined();
  });
});
