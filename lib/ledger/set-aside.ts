import { formatUkDate, isIsoDate } from '../shared/dates';
import type { LedgerStoreName, SetAsideRecord } from './schemas';

const SET_ASIDE_FORMAT = 'locum-ledger-set-aside';

/** What each store holds, as a locum would name it. */
const RECORD_NAMES: Record<LedgerStoreName, string> = {
  practices: 'Practice',
  sessions: 'Session',
  invoices: 'Invoice',
  submissions: 'Form sent to PCSE',
  receipts: 'Receipt',
  portalMappings: 'Taught portal field',
  practiceInvoices: 'Locum invoice',
  profile: 'Your profile',
  settings: 'Your settings',
  rateTables: 'Rate table',
  pageKindAnswers: 'Answer to "What is this page?"',
};

/** Fields that tell a locum which record it was, when the damage left them readable. */
const RECOGNISABLE = ['name', 'locumName', 'reference', 'dateWorked', 'firstDay', 'date', 'month', 'heading'] as const;

function recognisableBy(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const fields = value as Record<string, unknown>;
  const text = RECOGNISABLE.map((field) => fields[field]).find(
    (field): field is string => typeof field === 'string' && field.trim() !== '',
  );
  return text === undefined ? undefined : isIsoDate(text) ? formatUkDate(text) : text.slice(0, 60);
}

/** One line a locum can read: which record, and the first thing wrong with it. */
export function describeSetAside(record: SetAsideRecord): string {
  if (record.store === 'profile' || record.store === 'settings') return `${RECORD_NAMES[record.store]}: ${record.problem}`;
  const recognisable = recognisableBy(record.value);
  return `${RECORD_NAMES[record.store]} "${record.key}"${recognisable ? ` (${recognisable})` : ''}: ${record.problem}`;
}

/** The records set aside as a JSON file: every raw value whole, so nothing is lost and a helper can see what went wrong. */
export function serialiseSetAside(records: readonly SetAsideRecord[], exportedAt: string): string {
  return `${JSON.stringify({ format: SET_ASIDE_FORMAT, exportedAt, records }, null, 2)}\n`;
}
