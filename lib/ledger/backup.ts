import * as z from 'zod/mini';
import { BACKUP_FORMAT, ENCRYPTED_BACKUP_FORMAT, isLargerThan, isPlainObject, megabytes, parseJsonText } from '../shared/json-file';
import { validateWith } from '../shared/validation';
import { quoted } from '../shared/quoted';
import { LedgerData } from './schemas';
import { Timestamp } from '../shared/records';

/** LedgerData is defined with the records in schemas.ts (the store replaces it whole too); re-exported as the backup's payload. */
export { LedgerData };

/** Far above a lifetime of sessions (about 300 bytes each), and small enough to parse in a browser tab without trouble. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
const BACKUP_SCHEMA_VERSION = 1;
/** A file broken on every row would otherwise list thousands of problems; the first hundred show what is wrong. */
const MAX_PROBLEMS_LISTED = 100;

export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  exportedAt: Timestamp,
  data: LedgerData,
});
export type BackupFile = z.infer<typeof BackupFile>;

export type BackupResult = { ok: true; data: LedgerData; exportedAt: string } | { ok: false; problems: string[] };

export const NOT_JSON = 'This file is not JSON, the text format Locum Ledger saves backups in, so it cannot be a Locum Ledger backup.';
export const NOT_A_BACKUP = `This file is not a Locum Ledger backup: it does not start with "format": "${BACKUP_FORMAT}".`;
export const ENCRYPTED_NOT_PLAIN = 'This backup is encrypted: open it with its passphrase.';

export function createBackup(data: LedgerData, exportedAt: string): BackupFile {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, exportedAt, data };
}

export function serialiseBackup(data: LedgerData, exportedAt: string): string {
  return `${JSON.stringify(createBackup(data, exportedAt), null, 2)}\n`;
}

export const TOO_LARGE = `This file is larger than ${megabytes(MAX_BACKUP_BYTES)}, the most a Locum Ledger backup can be, so it was not read.`;

/** A newer build may change the data's shape, so its files are refused whole rather than half-read. */
function newerVersionProblem(version: unknown): string | undefined {
  if (typeof version !== 'number' || !Number.isInteger(version) || version <= BACKUP_SCHEMA_VERSION) return undefined;
  return `This backup was made by a newer Locum Ledger (backup version ${version}; this version reads version ${BACKUP_SCHEMA_VERSION}). Update Locum Ledger, then restore it.`;
}

/** Checks the format marker and version first: validating a stranger's file field by field would only bury the real problem. */
function headerProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return NOT_A_BACKUP;
  if (value.format === ENCRYPTED_BACKUP_FORMAT) return ENCRYPTED_NOT_PLAIN;
  if (value.format !== BACKUP_FORMAT) return NOT_A_BACKUP;
  return newerVersionProblem(value.schemaVersion);
}

/** `keyName` is the field the store keeps the records under: an answer to "What is this page?" is kept under its page's fingerprint. */
function duplicateKeyProblems(collection: keyof LedgerData, keys: readonly string[], keyName: string, noun: string): string[] {
  const firstIndex = new Map<string, number>();
  return keys.flatMap((key, index) => {
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
      return [];
    }
    return [
      `data.${collection}[${index}].${keyName}: ${quoted(key, 64)} is also the ${keyName} of data.${collection}[${first}]; each ${noun} needs its own ${keyName}`,
    ];
  });
}

function duplicateIdProblems(collection: keyof LedgerData, records: { id: string }[], noun: string): string[] {
  return duplicateKeyProblems(
    collection,
    records.map((record) => record.id),
    'id',
    noun,
  );
}

function missingReference(path: string, id: string | undefined, ids: Set<string>, noun: string): string[] {
  return id === undefined || ids.has(id) ? [] : [`${path}: no ${noun} in this backup has the id ${quoted(id, 64)}`];
}

/** Ids a record may point to: those in the backup, and those of records set aside from that store (kept, so not dangling). */
function idsOf(data: LedgerData, store: 'practices' | 'sessions' | 'invoices' | 'submissions'): Set<string> {
  const setAside = (data.setAside ?? []).filter((record) => record.store === store).map((record) => record.key);
  return new Set([...data[store].map((record) => record.id), ...setAside]);
}

function referenceProblems(data: LedgerData): string[] {
  const practices = idsOf(data, 'practices');
  const sessions = idsOf(data, 'sessions');
  const invoices = idsOf(data, 'invoices');
  const submissions = idsOf(data, 'submissions');
  return [
    ...data.sessions.flatMap((session, i) => [
      ...missingReference(`data.sessions[${i}].practiceId`, session.practiceId, practices, 'practice'),
      ...missingReference(`data.sessions[${i}].invoiceId`, session.invoiceId, invoices, 'invoice'),
    ]),
    ...data.invoices.flatMap((invoice, i) => [
      ...missingReference(`data.invoices[${i}].practiceId`, invoice.practiceId, practices, 'practice'),
      ...invoice.sessionIds.flatMap((id, j) => missingReference(`data.invoices[${i}].sessionIds[${j}]`, id, sessions, 'session')),
    ]),
    ...data.submissions.flatMap((submission, i) =>
      missingReference(`data.submissions[${i}].invoiceId`, submission.invoiceId, invoices, 'invoice'),
    ),
    ...data.receipts.flatMap((receipt, i) =>
      missingReference(`data.receipts[${i}].submissionId`, receipt.submissionId, submissions, 'submission'),
    ),
  ];
}

function integrityProblems(data: LedgerData): string[] {
  return [
    ...duplicateIdProblems('practices', data.practices, 'practice'),
    ...duplicateIdProblems('sessions', data.sessions, 'session'),
    ...duplicateIdProblems('invoices', data.invoices, 'invoice'),
    ...duplicateIdProblems('submissions', data.submissions, 'submission'),
    ...duplicateIdProblems('receipts', data.receipts, 'receipt'),
    // The store keeps one record per id: a second one would be dropped without a word, so it is refused here.
    ...duplicateIdProblems('portalMappings', data.portalMappings ?? [], 'taught field'),
    ...duplicateIdProblems('practiceInvoices', data.practiceInvoices ?? [], 'locum invoice'),
    ...duplicateIdProblems('setAside', data.setAside ?? [], 'record set aside'),
    ...duplicateKeyProblems(
      'pageKindAnswers',
      (data.pageKindAnswers ?? []).map((answer) => answer.fingerprint),
      'fingerprint',
      'answer to "What is this page?"',
    ),
    ...referenceProblems(data),
  ];
}

function refuse(problems: string[]): BackupResult {
  if (problems.length <= MAX_PROBLEMS_LISTED) return { ok: false, problems };
  const more = problems.length - MAX_PROBLEMS_LISTED;
  return { ok: false, problems: [...problems.slice(0, MAX_PROBLEMS_LISTED), `…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`] };
}

/**
 * Reads a backup file's text and checks all of it (shape, every field, ids and the links between records) before
 * returning anything, so a restore either has the whole ledger or nothing to write. Never throws.
 */
export function parseBackup(text: string): BackupResult {
  if (isLargerThan(text, MAX_BACKUP_BYTES)) return refuse([TOO_LARGE]);
  const json = parseJsonText(text);
  if (!json.ok) return refuse([NOT_JSON]);
  const header = headerProblem(json.value);
  if (header) return refuse([header]);
  const checked = validateWith(BackupFile, json.value);
  if (!checked.ok) return refuse(checked.problems);
  const { data, exportedAt } = checked.value;
  const integrity = integrityProblems(data);
  if (integrity.length > 0) return refuse(integrity);
  return { ok: true, data, exportedAt };
}
