// Supply chain: how `npm test` reads `npm audit --omit=dev --json`. High or critical fails; no answer is a skip with
// its reason, never a silent pass.
import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../scripts/lib/audit.mjs';

const report = (counts: Record<string, number>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {},
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } },
  });

describe('the npm audit verdict', () => {
  it('passes with no high or critical advisory, and says what there is', () => {
    expect(auditVerdict(report({ moderate: 2 }))).toEqual({ status: 'passed', summary: '0 critical, 0 high, 2 moderate, 0 low, 0 info' });
  });

  it('fails on a single high or critical advisory', () => {
    expect(auditVerdict(report({ high: 1 })).status).toBe('failed');
    expect(auditVerdict(report({ critical: 1 })).status).toBe('failed');
  });

  it('is skipped, with the reason, when the registry has no audit endpoint or cannot be reached', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    expect(auditVerdict(refused)).toEqual({
      status: 'skipped',
      reason: 'the registry gave no audit (405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk)',
    });
    expect(auditVerdict(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.example failed' } }))).toEqual({
      status: 'skipped',
      reason: 'the registry gave no audit (request to https://registry.example failed)',
    });
    expect(auditVerdict('')).toEqual({ status: 'skipped', reason: 'npm audit printed no report' });
  });
});
