/**
 * Anything in a text that looks like personal data or a figure, replaced by what it was ("[NI number]"), so a shared
 * page structure says where such things go without saying what they are. Order matters: longer patterns first.
 */
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const PATTERNS: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  [/\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi, '[NI number]'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/gi, '[postcode]'],
  [/(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g, '[phone]'],
  [/\b\d{4}-\d{2}-\d{2}\b/g, '[date]'],
  [/\b\d{1,2}[/.\- ]\d{1,2}[/.\- ]\d{2,4}\b/g, '[date]'],
  [new RegExp(`\\b(?:\\d{1,2}\\s+)?(?:${MONTHS})\\s+\\d{4}\\b`, 'gi'), '[date]'],
  [/\b\d{1,2}\s+\d{4}\b/g, '[date]'],
  [/£\s?\d[\d,]*(?:\.\d{1,2})?/g, '[money]'],
  [/\b\d{1,3}(?:,\d{3})+(?:\.\d{2})?\b|\b\d+\.\d{2}\b(?!\s?%)/g, '[money]'],
  [/\b\d{6,}\b/g, '[number]'],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Scrubs the patterns above and every given private string (from the ledger), case-insensitively. */
export function scrubText(text: string, privateStrings: readonly string[] = []): string {
  let result = text;
  for (const value of [...privateStrings].filter((v) => v.trim().length >= 3).sort((x, y) => y.length - x.length)) {
    result = result.replace(new RegExp(escapeRegExp(value.trim()), 'gi'), '[ledger value]');
  }
  for (const [pattern, token] of PATTERNS) result = result.replace(pattern, token);
  return result;
}
