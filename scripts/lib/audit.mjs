// What `npm audit --omit=dev --json` said about the runtime dependencies: passed (no high or critical advisory),
// failed (one or more), or skipped, with the reason, when the registry gave no audit (offline, or no audit endpoint).

/** @param {string} stdout the JSON npm audit printed */
export function auditVerdict(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { status: 'skipped', reason: 'npm audit printed no report' };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const why = report?.message || report?.error?.summary || report?.error?.code || 'the report has no counts';
    return { status: 'skipped', reason: `the registry gave no audit (${why})` };
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  const summary = ['critical', 'high', 'moderate', 'low', 'info'].map((level) => `${counts[level] ?? 0} ${level}`).join(', ');
  return { status: serious === 0 ? 'passed' : 'failed', summary };
}
