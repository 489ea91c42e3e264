import { afterEach, describe, expect, it } from 'vitest';
import { fillPage } from '../../../lib/portal/fill/fill-page';

const noWait = { tick: async () => {} };
const box = (suffix: string) => `<form><label for="fee">Locum fee</label>
  <div class="govuk-input__wrapper"><div class="govuk-input__prefix">£</div><input id="fee" class="govuk-input">${suffix}</div></form>`;
const fee = () => (document.getElementById('fee') as HTMLInputElement).value;

async function fillFee(html: string, pence: string) {
  document.body.innerHTML = html;
  const report = await fillPage(document, 'locumAForm', { values: { fee: pence } }, noWait);
  return report.results.find((r) => r.conceptId === 'fee');
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a money box that takes whole pounds (".00" after it)', () => {
  it('takes a whole amount as pounds alone, so the page does not show 540.00.00', async () => {
    expect(await fillFee(box('<div class="govuk-input__suffix">.00</div>'), '54000')).toMatchObject({ status: 'filled' });
    expect(fee()).toBe('540');
  });

  it('is left empty and reported when the amount has pence: never rounded to the pound', async () => {
    const result = await fillFee(box('<div class="govuk-input__suffix">.00</div>'), '197501');
    expect(fee()).toBe('');
    expect(result).toMatchObject({ status: 'not-filled' });
    expect(result?.note).toMatch(/whole pounds/);
  });

  it('a ".00" written as plain text after the box counts too; a box without one takes pounds and pence', async () => {
    await fillFee(box('.00'), '197501');
    expect(fee()).toBe('');
    await fillFee(box(''), '197501');
    expect(fee()).toBe('1975.01');
  });
});
