// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../lib/ledger/csv-read';
import { guessMapping } from '../../../lib/ledger/csv-columns';
import { previewImport } from '../../../lib/ledger/csv-rows';
import { planImport } from '../../../lib/ledger/import-plan';
import { riverside } from '../../fixtures/ledger-records';

describe('planImport', () => {
  it('creates a new practice once, an invoice per practice and payment date, and skips bad rows', () => {
    const csv =
      '\uFEFFDate;Practice;ODS;Fee;Date paid\n03/11/2026;Riverside Medical Centre;;£850.00;30/11/2026\n04/11/2026;Oak Lane Surgery;Y99909;720,00;30/11/2026\n05/11/2026;Oak Lane Surgery;Y99909;720;\n31/02/2026;Riverside Medical Centre;;100;\n';
    const table = readCsv(csv);
    const rows = previewImport(table.rows, guessMapping(table.headers), [riverside], {
      headers: table.headers,
      rowNumbers: table.rowNumbers,
    });
    let n = 0;
    const plan = planImport(rows, () => `id-${++n}`);
    expect(plan.skipped).toBe(1);
    expect(plan.practices).toEqual([
      { id: 'id-3', name: 'Oak Lane Surgery', odsCode: 'Y99909', address: '', email: '', approverContact: '' },
    ]);
    expect(plan.sessions.map((s) => [s.dateWorked, s.practiceId, s.feePence, s.invoiceId])).toEqual([
      ['2026-11-03', riverside.id, 85000, 'id-2'],
      ['2026-11-04', 'id-3', 72000, 'id-5'],
      ['2026-11-05', 'id-3', 72000, undefined],
    ]);
    expect(plan.invoices.map((i) => [i.practiceId, i.paidOn, i.sessionIds])).toEqual([
      [riverside.id, '2026-11-30', ['id-1']],
      ['id-3', '2026-11-30', ['id-4']],
    ]);
  });
});
