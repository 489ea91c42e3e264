// Live Locum A arithmetic: pensionable pay (90% of the fee) and employer contributions (14.38% of
// that), each rounded with toFixed as the portal's own page script would (pcse-portal.md A3.1:
// "The online system calculates contributions automatically").
import { locumAAmounts } from './calc.mjs';

const FEE = /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

export function bindLocumA({ fee, pensionable, employer, rules }) {
  const feeInput = document.querySelector(fee);
  const outputs = { pensionable: document.querySelector(pensionable), employer: document.querySelector(employer) };
  const update = () => {
    const text = feeInput.value.trim().replace(/^£/, '');
    const amounts = FEE.test(text) ? locumAAmounts(Number(text.replace(/,/g, '')), rules) : { pensionable: '', employer: '' };
    outputs.pensionable.value = amounts.pensionable;
    outputs.employer.value = amounts.employer;
  };
  feeInput.addEventListener('input', update);
  feeInput.addEventListener('change', update);
}
