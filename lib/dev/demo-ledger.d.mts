import type { LedgerData } from '../ledger/schemas';
export function demoLedger(today: string): LedgerData;
