import type { ColumnMapping, ImportField } from '@/lib/ledger/csv-columns';

const FIELDS: { field: ImportField; label: string }[] = [
  { field: 'dateWorked', label: 'Date worked' },
  { field: 'practice', label: 'Practice name' },
  { field: 'odsCode', label: 'ODS code' },
  { field: 'fee', label: 'Fee' },
  { field: 'workType', label: 'Type of work' },
  { field: 'datePaid', label: 'Date paid' },
  { field: 'invoiceNumber', label: 'Invoice no' },
  { field: 'notes', label: 'Notes' },
];

/** Which spreadsheet column holds each of a session's fields. */
export function ColumnMappingFields({
  headers,
  mapping,
  onMapping,
}: {
  headers: string[];
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
}) {
  return (
    <fieldset class="toolbar">
      <legend>Which column holds what</legend>
      {FIELDS.map(({ field, label }) => (
        <label key={field} class="field">
          {label}
          <select
            value={mapping[field] ?? ''}
            onChange={(e) => onMapping({ ...mapping, [field]: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })}
          >
            <option value="">(none)</option>
            {headers.map((header, i) => (
              <option key={i} value={i}>
                {header || `Column ${i + 1}`}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
