// A small ledger matching the replica's demo locum: one Riverside invoice paid in March 2026, with a fee whose
// 90% the portal's floating-point arithmetic rounds differently from the exact rules (tests/replica/README.md).
export const FEE = '2194.45';

export function assistantLedger() {
  const practice = { id: 'riverside', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' };
  const session = (id: string, dateWorked: string, feePence: number) => ({
    id,
    dateWorked,
    practiceId: practice.id,
    feePence,
    workType: 'practice',
    invoiceId: 'inv-0302',
    pensioned: true,
    notes: '',
  });
  return {
    profile: {
      name: 'Dr Alex Morgan',
      sdNumber: '84123456',
      niNumber: 'QQ123456C',
      gmcNumber: '7012345',
      dateOfBirth: '1984-06-12',
      email: 'alex.morgan@example.test',
      otherRoles: [],
    },
    practices: [practice],
    sessions: [session('s1', '2026-03-02', 110000), session('s2', '2026-03-03', 109445)],
    invoices: [
      {
        id: 'inv-0302',
        practiceId: practice.id,
        reference: 'INV-0302',
        sessionIds: ['s1', 's2'],
        sentOn: '2026-03-04',
        paidOn: '2026-03-10',
      },
    ],
    submissions: [],
    receipts: [],
    settings: { notifications: true },
  };
}
