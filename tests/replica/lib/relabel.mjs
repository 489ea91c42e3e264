// Test-only relabelling: `labels: { locumA: { invoiceRef: "…" } }` in a reset body renames fields, so the extension
// can be tested on wording it has never seen (an unknown field to teach, an ambiguous one to report). Every reset
// first restores the wording in data/labels.json.
import { labels } from './data.mjs';

const ORIGINAL = structuredClone(labels);

/** Applies the overrides, or returns why they were refused. */
export function relabel(overrides = {}) {
  for (const form of ['locumA', 'locumB']) Object.assign(labels[form].labels, structuredClone(ORIGINAL[form].labels));
  for (const [form, changes] of Object.entries(overrides ?? {})) {
    if (!labels[form]?.labels) return `labels: unknown form ${form}`;
    for (const [key, text] of Object.entries(changes)) {
      if (!(key in labels[form].labels) || typeof text !== 'string') return `labels.${form}.${key}: unknown label or not text`;
      labels[form].labels[key] = text;
    }
  }
  return undefined;
}
