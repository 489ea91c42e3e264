// In-memory state of the replica: a deep copy of seed.json plus whatever tests and demos add.
import { seed, rules } from './data.mjs';
import { londonToday, monthCode } from './dates.mjs';
import { locumAAmounts, locumBBoxes } from '../static/js/calc.mjs';
import { makeHostile } from './hostile.mjs';

export const VARIANTS = ['classic', 'govuk', 'table'];

export function createStore(startOptions) {
  const store = {
    start: { ...startOptions },
    reset(options = {}) {
      const data = structuredClone(seed);
      this.variant = options.variant ?? this.start.variant;
      this.fixedToday = options.today ?? this.start.today ?? null;
      this.sessionTimeoutSeconds = options.sessionTimeoutSeconds ?? this.start.sessionTimeoutSeconds ?? rules.sessionTimeoutSeconds;
      this.hostile = options.hostile ?? this.start.hostile ?? false;
      if (this.hostile) makeHostile(data);
      this.organisations = data.organisations;
      this.users = data.users;
      this.locumAs = data.locumAs.map((a) => ({ ...a, ...locumAAmounts(a.fee, rules) }));
      this.locumBs = [];
      this.mails = [];
      this.counters = data.counters;
      for (const b of data.locumBs) this.addLocumB(b);
      for (const a of this.locumAs.filter((x) => x.status === 'Awaiting Practice Approval')) this.addApprovalMail(a);
      // Test seeding: Locum As of the demo locum's that their practice has already approved, ready for a Locum B.
      const locum = this.users.find((u) => u.role === 'locum');
      for (const a of options.approvedLocumAs ?? [])
        this.addLocumA({ userId: locum.id, workType: 'practice', tier: '', invoiceRef: '', ...a }, 'Approved');
    },
    today() {
      return this.fixedToday ?? londonToday();
    },
    organisation(code) {
      return this.organisations.find((o) => o.code === code) ?? null;
    },
    /** Organisations a locum can claim work from: practices and NHS England (appraisal). */
    practiceByOds(code) {
      const org = this.organisation(code.trim().toUpperCase());
      return org && org.type !== 'Performer' ? org : null;
    },
    user(id) {
      return this.users.find((u) => u.id === id) ?? null;
    },
    locumA(ref) {
      return this.locumAs.find((a) => a.ref === ref) ?? null;
    },
    locumB(id) {
      return this.locumBs.find((b) => b.id === Number(id)) ?? null;
    },
    addLocumA(fields, status = 'Awaiting Practice Approval') {
      const ref = `LA-${String(this.counters.nextLocumA).padStart(6, '0')}`;
      this.counters.nextLocumA += 1;
      const a = { ref, ...fields, ...locumAAmounts(fields.fee, rules), submitted: this.today(), status };
      this.locumAs.push(a);
      if (status === 'Awaiting Practice Approval') this.addApprovalMail(a);
      return a;
    },
    /** Adds a Locum B with its boxes and its reference: SD + LOC + MON + YYYY + "-NN" (pcse-portal.md A3.4). */
    addLocumB(fields) {
      const id = fields.id ?? this.counters.nextLocumB++;
      const user = this.user(fields.userId);
      const rows = fields.locumARefs.map((ref) => this.locumA(ref));
      const sameMonth = this.locumBs.filter((b) => b.userId === fields.userId && b.month === fields.month).length;
      const bacsReference = `${user.sdNumber}LOC${monthCode(fields.month)}${fields.month.slice(0, 4)}`;
      const b = {
        status: 'Submitted – awaiting payment',
        submitted: this.today(),
        ...fields,
        id,
        bacsReference,
        reference: `${bacsReference}-${String(sameMonth + 1).padStart(2, '0')}`,
        boxes: locumBBoxes({ rows, tier: fields.tier, extras: fields.extras }),
      };
      for (const a of rows) a.locumBId = id;
      this.locumBs.push(b);
      return b;
    },
    /** D6: the notification the practice's Locum Approver receives (pcse-portal.md A2.2). */
    addApprovalMail(a) {
      const approver = this.users.find((u) => u.role === 'approver' && u.organisations.includes(a.ods));
      this.mails.push({ id: this.mails.length + 1, to: approver?.username ?? '', locumARef: a.ref, sent: a.submitted });
    },
  };
  store.reset();
  return store;
}
