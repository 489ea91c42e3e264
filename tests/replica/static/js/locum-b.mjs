// Live Locum B arithmetic, boxes a–i (and j) as the locum ticks Locum As, picks the tier and fills
// the optional boxes c–f. Same toFixed rounding as the server (calc.mjs).
import { locumBPreview } from './calc.mjs';

const MONEY = /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

function amount(input) {
  const text = input.value.trim().replace(/^£/, '');
  if (text === '') return '0';
  return MONEY.test(text) ? text.replace(/,/g, '') : null;
}

export function bindLocumB({ rows, tier, perRowTier, extras, outputs, priorCumulative }) {
  const update = () => {
    const chosen = rows.filter((row) => document.querySelector(row.checkbox)?.checked);
    const tierValue = tier ? (document.querySelector(tier)?.value ?? '') : '';
    const extraValues = Object.fromEntries(
      Object.entries(extras).map(([key, selector]) => [key, amount(document.querySelector(selector))]),
    );
    const preview = locumBPreview({ rows: chosen, tier: tierValue, perRowTier, extras: extraValues, priorCumulative });
    for (const [key, selector] of Object.entries(outputs)) document.querySelector(selector).value = preview[key];
  };
  document.addEventListener('input', update);
  document.addEventListener('change', update);
}
