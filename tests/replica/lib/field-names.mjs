// Field names of each markup variant (data/fields.json). The table variant's names are generated
// from a key made per page load, so only the visible labels identify its fields.
import { createHash, randomBytes } from 'node:crypto';
import { fields } from './data.mjs';

export const newFormKey = () => randomBytes(6).toString('hex');

/** name(key, index) for one form of a variant; index is a 0-based row where the field repeats. */
export function namer(variant, form, formKey) {
  if (variant === 'table') {
    return (key, index = '') => `f${createHash('sha256').update(`${formKey}|${key}|${index}`).digest('hex').slice(0, 10)}`;
  }
  const templates = fields[variant][form];
  return (key, index = 0) =>
    templates[key]
      .replace('{i}', String(index))
      .replace('{n}', String(index + 1))
      .replace('{row}', String(index + 2).padStart(2, '0'));
}

/** ASP.NET renders a control's id as its name with "$" replaced by "_". */
export const idOf = (name) => name.replace(/\$/g, '_');
