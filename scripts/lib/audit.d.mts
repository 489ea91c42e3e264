export type AuditVerdict = { status: 'passed' | 'failed'; summary: string } | { status: 'skipped'; reason: string };
export function auditVerdict(stdout: string): AuditVerdict;
