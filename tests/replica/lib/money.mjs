// Money as the portal shows it: pounds and pence strings, formatted en-GB.

/** Parses "750", "750.00", "£1,234.56"; null if it is not pounds and pence. */
export function parseMoney(text) {
  const s = text.trim().replace(/^£/, '');
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(s)) return null;
  return Number(s.replace(/,/g, '')).toFixed(2);
}

/** "1,234.56" from a number or a numeric string. */
export function formatMoney(value) {
  const [whole, pence] = Number(value).toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${pence}`;
}

export const formatPounds = (value) => `£${formatMoney(value)}`;
