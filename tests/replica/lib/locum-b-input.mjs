// Reads a posted Locum B form of any variant into one shape.
import { namer } from './field-names.mjs';

const EXTRAS = ['c', 'd', 'e', 'f'];

/** The refs of the ticked Locum As. classic pairs each GridView row's checkbox with a hidden ref. */
function selectedRefs(variant, form, name, candidates) {
  if (variant === 'govuk') return form.all(name('include'));
  if (variant === 'table') return candidates.filter((a) => form.has(name('include', a.ref))).map((a) => a.ref);
  return form
    .names()
    .map((n) => /^ctl00\$PlaceHolderMain\$gvLocumA\$ctl(\d+)\$chkInclude$/.exec(n))
    .filter(Boolean)
    .map((match) => form.get(`ctl00$PlaceHolderMain$gvLocumA$ctl${match[1]}$hfLocumARef`));
}

/** month is "YYYY-MM" in table, { month, year } elsewhere. */
function readMonth(variant, form, name) {
  if (variant === 'table') return form.get(name('month'));
  if (variant === 'govuk') return { month: form.get(`${name('month')}-month`).trim(), year: form.get(`${name('month')}-year`).trim() };
  return { month: form.get(name('month')), year: form.get(name('year')) };
}

export function readLocumB(variant, form, candidates) {
  const formKey = variant === 'table' ? form.get('__fk') : '';
  const name = namer(variant, 'locumB', formKey);
  return {
    month: readMonth(variant, form, name),
    tier: variant === 'table' ? '' : form.get(name('tier')),
    selected: selectedRefs(variant, form, name, candidates),
    extras: Object.fromEntries(EXTRAS.map((k) => [k, form.get(name(k)).trim()])),
    declaration: form.has(name('declaration')),
  };
}

export function blankLocumB(variant) {
  return {
    month: variant === 'table' ? '' : { month: '', year: '' },
    tier: '',
    selected: [],
    extras: { c: '0.00', d: '0.00', e: '0.00', f: '0.00' },
    declaration: false,
  };
}
