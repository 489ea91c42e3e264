import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/portal/recognise/fields';
import { fillPage } from '../../../lib/portal/fill/fill-page';
import { readPage } from '../../../lib/portal/recognise/page-fields';
import { applyTaught, sameField, type TaughtMapping } from '../../../lib/portal/recognise/teach';
import { looksGenerated } from '../../../lib/portal/recognise/text';

const mapping = (fingerprint: TaughtMapping['fingerprint'], concept = 'fee', pageKind = 'locumAForm', id = 'm1'): TaughtMapping => ({
  id,
  pageKind,
  fingerprint,
  concept,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fingerprints', () => {
  it('a field’s fingerprint is its id, name and first label', () => {
    document.body.innerHTML = '<label for="f1">Amount  (box 1)</label><input id="f1" name="amt">';
    expect(collectFields(document)[0]!.fingerprint).toEqual({ id: 'f1', name: 'amt', label: 'Amount (box 1)' });
  });
});

describe('applyTaught', () => {
  it('matches a field by id, name and label, and recognition uses it', () => {
    document.body.innerHTML =
      '<label for="f1">Amount</label><input id="f1" name="amt"><label for="f2">Other amount</label><input id="f2" name="amt2">';
    const fields = collectFields(document);
    const taughtFee = mapping({ id: 'f1', name: 'amt', label: 'Amount' });
    const { taught, stale } = applyTaught(fields, [taughtFee], 'locumAForm');
    expect(stale).toEqual([]);
    expect([...taught.entries()].map(([field, concept]) => [field.element.id, concept.id])).toEqual([['f1', 'fee']]);

    const reading = readPage(document, 'locumAForm', [taughtFee]);
    expect(reading.stale).toEqual([]);
    expect(reading.recognitions.map((r) => [r.field.element.id, r.status, r.concept?.id, r.source])).toEqual([
      ['f1', 'matched', 'fee', 'taught'],
      ['f2', 'unknown', undefined, undefined],
    ]);
  });

  it('a changed label makes the mapping stale: returned for deletion, and not used', () => {
    document.body.innerHTML = '<label for="f1">Amount paid to the practice</label><input id="f1" name="amt">';
    const old = mapping({ id: 'f1', name: 'amt', label: 'Amount' });
    const { taught, stale } = applyTaught(collectFields(document), [old], 'locumAForm');
    expect(taught.size).toBe(0);
    expect(stale).toEqual([old]);
    const reading = readPage(document, 'locumAForm', [old]);
    expect(reading.stale).toEqual([old]);
    expect(reading.recognitions[0]).toMatchObject({ status: 'unknown' });
    expect(reading.recognitions[0]!.source).not.toBe('taught');
  });

  it('a changed id or a changed (ordinary) name makes it stale too', () => {
    document.body.innerHTML = '<label for="f9">Amount</label><input id="f9" name="amt">';
    const fields = collectFields(document);
    expect(applyTaught(fields, [mapping({ id: 'f1', name: 'amt', label: 'Amount' })], 'locumAForm').stale).toHaveLength(1);
    expect(applyTaught(fields, [mapping({ id: 'f9', name: 'amount', label: 'Amount' })], 'locumAForm').stale).toHaveLength(1);
    expect(applyTaught(fields, [mapping({ id: 'f9', name: 'amt', label: 'Amount' })], 'locumAForm').stale).toHaveLength(0);
  });

  it('a hash-like generated name is ignored when both names look generated', () => {
    document.body.innerHTML = '<label for="fee">Amount</label><input id="fee" name="a93bc01d2e4">';
    const fields = collectFields(document);
    const { taught, stale } = applyTaught(fields, [mapping({ id: 'fee', name: 'f12e29eef60', label: 'Amount' })], 'locumAForm');
    expect(stale).toEqual([]);
    expect([...taught.values()].map((c) => c.id)).toEqual(['fee']);
  });

  it('a generated name on one side only still has to match', () => {
    document.body.innerHTML = '<label for="fee">Amount</label><input id="fee" name="amount">';
    const { stale } = applyTaught(collectFields(document), [mapping({ id: 'fee', name: 'f12e29eef60', label: 'Amount' })], 'locumAForm');
    expect(stale).toHaveLength(1);
  });

  it('mappings for another page kind are neither used nor stale', () => {
    document.body.innerHTML = '<label for="f1">Amount</label><input id="f1" name="amt">';
    const other = mapping({ id: 'f1', name: 'amt', label: 'Amount' }, 'boxA', 'locumBForm');
    const { taught, stale } = applyTaught(collectFields(document), [other], 'locumAForm');
    expect(taught.size).toBe(0);
    expect(stale).toEqual([]);
  });

  it('a mapping to a concept that no longer exists is stale', () => {
    document.body.innerHTML = '<label for="f1">Amount</label><input id="f1" name="amt">';
    const gone = mapping({ id: 'f1', name: 'amt', label: 'Amount' }, 'retiredConcept');
    expect(applyTaught(collectFields(document), [gone], 'locumAForm').stale).toEqual([gone]);
  });

  it('a taught field wins its concept outright: a same-labelled rival is then unknown, not ambiguous', () => {
    document.body.innerHTML =
      '<label for="a">Locum fee</label><input id="a" name="a"><label for="b">Locum fee</label><input id="b" name="b">';
    const reading = readPage(document, 'locumAForm', [mapping({ id: 'b', name: 'b', label: 'Locum fee' })]);
    expect(reading.recognitions.map((r) => [r.field.element.id, r.status])).toEqual([
      ['a', 'unknown'],
      ['b', 'matched'],
    ]);
    expect(reading.recognitions[1]!.source).toBe('taught');
  });
});

describe('sameField and looksGenerated', () => {
  it('sameField compares id and label always, and names unless both are generated', () => {
    const page = { id: 'x', name: 'f12e29eef60', label: 'Fee' };
    expect(sameField({ id: 'x', name: 'a93bc01d2e4', label: 'Fee' }, page)).toBe(true);
    expect(sameField({ id: 'x', name: 'a93bc01d2e4', label: 'Fee (£)' }, page)).toBe(false);
    expect(sameField({ id: 'y', name: 'a93bc01d2e4', label: 'Fee' }, page)).toBe(false);
    expect(sameField({ id: 'x', name: 'txtFee', label: 'Fee' }, page)).toBe(false);
  });

  it('looksGenerated: hex hashes with digits yes; words and ASP.NET names no', () => {
    expect(looksGenerated('f12e29eef60')).toBe(true);
    expect(looksGenerated('_0a1b2c3d4e')).toBe(true);
    expect(looksGenerated('deadbeefcafe')).toBe(false);
    expect(looksGenerated('txtPracticeCode')).toBe(false);
    expect(looksGenerated('ctl00$PlaceHolderMain$txtFee')).toBe(false);
    expect(looksGenerated('')).toBe(false);
  });
});

describe('taught fields when filling', () => {
  it('fillPage writes the ledger value into a taught field it could not recognise, and reports it by concept', async () => {
    document.body.innerHTML = '<label for="f1">Amount</label><input id="f1" name="amt">';
    const report = await fillPage(
      document,
      'locumAForm',
      { values: { fee: '219445' } },
      { mappings: [mapping({ id: 'f1', name: 'amt', label: 'Amount' })], tick: async () => {} },
    );
    expect((document.getElementById('f1') as HTMLInputElement).value).toBe('2194.45');
    expect(report.results).toEqual([{ status: 'filled', name: 'Locum fee', expected: '£2,194.45', actual: '2194.45', conceptId: 'fee' }]);
  });

  it('fillPage leaves a field alone when its mapping went stale', async () => {
    document.body.innerHTML = '<label for="f1">Amount (new)</label><input id="f1" name="amt2">';
    const report = await fillPage(
      document,
      'locumAForm',
      { values: { fee: '219445' } },
      { mappings: [mapping({ id: 'f1', name: 'amt', label: 'Amount' })], tick: async () => {} },
    );
    expect((document.getElementById('f1') as HTMLInputElement).value).toBe('');
    expect(report.results.map((r) => r.status)).toEqual(['not-found', 'unknown']);
  });
});
