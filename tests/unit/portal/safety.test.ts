// What the filler must never do, whatever the page: fill what is not on screen, tick a box it was taught wrongly,
// use one taught field for two, guess a bare "Name", merge two dates, or leave an old value unmentioned.
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/portal/recognise/fields';
import { fillPage } from '../../../lib/portal/fill/fill-page';
import { readPage } from '../../../lib/portal/recognise/page-fields';
import { applyTaught, type TaughtMapping } from '../../../lib/portal/recognise/teach';

const noTick = { tick: async () => {} };
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the filler stays safe', () => {
  it('ignores a hidden prototype row: the visible form keeps one period, and the second is reported, not hidden-filled', async () => {
    document.body.innerHTML = `
      <label for="a1">First day worked</label><input id="a1"><label for="b1">Last day worked</label><input id="b1">
      <div hidden><label for="a2">First day worked</label><input id="a2"><label for="b2">Last day worked</label><input id="b2"></div>
      <label for="fee">Locum fee</label><input id="fee">`;
    const report = await fillPage(
      document,
      'locumAForm',
      { values: { periodFirstDay: ['2026-03-02', '2026-03-09'], periodLastDay: ['2026-03-03', '2026-03-09'], fee: '10000' } },
      noTick,
    );
    expect([input('a1').value, input('a2').value]).toEqual(['02/03/2026', '']);
    expect(report.results.find((r) => r.name === 'Period 2')).toMatchObject({ status: 'not-found' });
  });

  it('never writes to a checkbox, even one taught as a text concept', async () => {
    document.body.innerHTML = '<label for="c">I declare this is correct</label><input type="checkbox" id="c" name="c">';
    const wrong: TaughtMapping = {
      id: 'm',
      pageKind: 'locumAForm',
      fingerprint: { id: 'c', name: 'c', label: 'I declare this is correct' },
      concept: 'practiceName',
    };
    await fillPage(document, 'locumAForm', { values: { practiceName: 'Riverside' } }, { ...noTick, mappings: [wrong] });
    expect(input('c').checked).toBe(false);
    expect(applyTaught(collectFields(document), [wrong], 'locumAForm').taught.size).toBe(0);
  });

  it('does not use a taught mapping that fits two fields, nor one naming a concept of another page', () => {
    document.body.innerHTML =
      '<table><tr><td>Amount</td><td><input></td></tr><tr><td>Amount</td><td><input></td></tr></table><label for="x">Odd</label><input id="x">';
    const fields = collectFields(document);
    const twice: TaughtMapping = { id: 't', pageKind: 'locumAForm', fingerprint: fields[0]!.fingerprint, concept: 'fee' };
    const elsewhere: TaughtMapping = { id: 'e', pageKind: 'locumAForm', fingerprint: { id: 'x', name: '', label: 'Odd' }, concept: 'boxA' };
    const { taught, stale } = applyTaught(fields, [twice, elsewhere], 'locumAForm');
    expect(taught.size).toBe(0);
    expect(stale.map((m) => m.id)).toEqual(['e']);
  });

  it('does not take a bare "Name" in a practice section for the locum’s name', () => {
    document.body.innerHTML = '<fieldset><legend>Practice</legend><label for="n">Name</label><input id="n"></fieldset>';
    expect(readPage(document, 'locumAForm').recognitions[0]).toMatchObject({ status: 'unknown' });
  });

  it('keeps two day/month/year dates in one fieldset as two dates', () => {
    document.body.innerHTML = `<fieldset><legend>Period 1</legend>
      ${['s', 'e'].map((p) => ['Day', 'Month', 'Year'].map((part) => `<label for="${p}${part}">${part}</label><input id="${p}${part}">`).join('')).join('')}</fieldset>`;
    const fields = collectFields(document);
    expect(fields.map((f) => [f.kind, f.parts!.day!.id])).toEqual([
      ['splitDate', 'sDay'],
      ['splitDate', 'eDay'],
    ]);
  });

  it('reports an extra period row that still holds an old value', async () => {
    document.body.innerHTML = `
      <label for="a1">First day worked</label><input id="a1"><label for="b1">Last day worked</label><input id="b1">
      <label for="a2">First day worked</label><input id="a2" value="01/02/2026"><label for="b2">Last day worked</label><input id="b2">`;
    const report = await fillPage(
      document,
      'locumAForm',
      { values: { periodFirstDay: ['2026-03-02'], periodLastDay: ['2026-03-03'] } },
      noTick,
    );
    expect(report.results.find((r) => r.name === 'First day worked (row 2)')).toMatchObject({ status: 'differs', actual: '01/02/2026' });
  });
});
