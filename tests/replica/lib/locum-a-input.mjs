// Reads a posted Locum A form of any variant into one shape, so validation is shared.
import { fields, rules } from './data.mjs';
import { namer } from './field-names.mjs';

const { first, last } = fields.govuk.locumA;
const GOVUK_ROW = new RegExp(`^(?:${first}|${last})-(?:day|month|year)$`.replaceAll('{n}', '(\\d+)'));

/** govuk rows are added in the page, so their numbers come from the posted names. */
function govukRowNumbers(form) {
  const numbers = form
    .names()
    .map((n) => {
      const match = GOVUK_ROW.exec(n);
      return match?.[1] ?? match?.[2];
    })
    .filter(Boolean)
    .map(Number);
  const unique = [...new Set(numbers)].sort((x, y) => x - y);
  return unique.length ? unique : [1];
}

export function readLocumA(variant, form) {
  const formKey = variant === 'table' ? form.get('__fk') : '';
  const name = namer(variant, 'locumA', formKey);
  const split = variant === 'govuk';
  const date = (base) =>
    split
      ? { day: form.get(`${base}-day`).trim(), month: form.get(`${base}-month`).trim(), year: form.get(`${base}-year`).trim() }
      : form.get(base).trim();
  const rows = split ? govukRowNumbers(form).map((n) => n - 1) : [...Array(rules.datePeriodRows[variant]).keys()];
  const searching = split ? form.get(name('search')) === 'search' : form.has(name('search'));
  return {
    action: searching ? 'search' : 'submit',
    ods: form.get(name('ods')).trim().toUpperCase(),
    workType: form.get(name('workType')),
    periods: rows.map((i) => ({ first: date(name('first', i)), last: date(name('last', i)) })),
    fee: form.get(name('fee')).trim(),
    datePaid: date(name('datePaid')),
    tier: variant === 'table' ? form.get(name('tier')) : '',
    invoiceRef: form.get(name('invoiceRef')).trim(),
    declaration: form.has(name('declaration')),
  };
}

/** An empty form to start from. */
export function blankLocumA(variant) {
  const split = variant === 'govuk';
  const date = () => (split ? { day: '', month: '', year: '' } : '');
  const rows = split ? 1 : rules.datePeriodRows[variant];
  return {
    action: 'new',
    ods: '',
    workType: '',
    periods: [...Array(rows)].map(() => ({ first: date(), last: date() })),
    fee: '',
    datePaid: date(),
    tier: '',
    invoiceRef: '',
    declaration: false,
  };
}
