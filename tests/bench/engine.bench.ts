import { bench, describe } from 'vitest';
import { buildLocumA, buildLocumB, checkForms, formBMonthFor, ratesOn, type LocumA } from '../../lib/pension';
import { generateSessions, type GeneratedSession } from '../fixtures/generate-sessions';

/** Every Form A (one per practice and payment date), Form B and finding for a ledger. */
function computeEverything(sessions: GeneratedSession[]): number {
  const invoices = new Map<string, GeneratedSession[]>();
  for (const session of sessions) {
    const key = `${session.odsCode}|${session.datePaid}|${formBMonthFor(session.dateWorked, session.datePaid)}`;
    const group = invoices.get(key);
    if (group) group.push(session);
    else invoices.set(key, [session]);
  }
  const months = new Map<string, LocumA[]>();
  for (const group of invoices.values()) {
    const first = group[0]!;
    const formA = buildLocumA({
      practice: { name: first.practiceName, odsCode: first.odsCode },
      periods: group.map((s) => ({ from: s.dateWorked, to: s.dateWorked })),
      feePence: group.reduce((sum, s) => sum + s.feePence, 0),
      paidOn: first.datePaid,
      workType: 'practice',
    });
    const month = months.get(formA.month);
    if (month) month.push(formA);
    else months.set(formA.month, [formA]);
  }
  let findings = 0;
  for (const [month, formsA] of months) {
    const formB = buildLocumB({ month, ratePercent: ratesOn(`${month}-01`).at(-1)!, formsA, sdNumber: '84123456' });
    findings += checkForms({ formsA, formB, receivedOn: formB.deadline }).length;
  }
  return findings;
}

describe('engine: every Form A, Form B and finding', () => {
  for (const size of [300, 3_000, 30_000]) {
    const sessions = generateSessions(size);
    bench(`${size} sessions`, () => {
      computeEverything(sessions);
    }, { iterations: size > 3_000 ? 5 : 20 });
  }
});
