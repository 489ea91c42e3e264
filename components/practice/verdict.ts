import type { Finding, PracticeMatch } from '@/lib/pension';
import type { PracticeInvoice } from '@/lib/ledger/schemas';

type Review = { findings: Finding[]; practiceMode: boolean; match: PracticeMatch<PracticeInvoice> | null };
type Verdict = { kind: 'ok' | 'warn' | 'bad'; text: string };

/** "Fee: Locum A £…, your invoice £…" → "fee": the name of what differs. */
const whatDiffers = (difference: string) => difference.split(':')[0]!.toLowerCase();

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The one line the approver reads first: too late, the differences from the practice's invoice, other problems, or none. */
export function verdictOf({ findings, practiceMode, match }: Review): Verdict {
  if (findings.some((f) => f.code === 'TEN_WEEK' && f.severity === 'error')) return { kind: 'bad', text: 'Too late to be pensioned' };
  const problems = findings.filter((f) => f.severity !== 'info');
  const differences = practiceMode && match ? match.differences : [];
  if (differences.length > 0) {
    const invoice = match!.invoice.reference || `from ${match!.invoice.locumName}`;
    return {
      kind: 'bad',
      text: `${plural(differences.length, 'difference', 'differences')} from your invoice ${invoice}: ${differences.map(whatDiffers).join(', ')}`,
    };
  }
  if (problems.length > 0) {
    const kind = problems.some((f) => f.severity === 'error') ? 'bad' : 'warn';
    return { kind, text: `${plural(problems.length, 'problem', 'problems')} to look at below` };
  }
  return { kind: 'ok', text: 'No problems' };
}

/** What the approver pastes into PCSE's rejection reason: "Fee: Locum A £x, your invoice £y" said from the practice's side. */
export function rejectionReason(difference: string, invoiceReference: string): string {
  const parts = /^([^:]+): Locum A (.*), your invoice (.*)$/.exec(difference);
  if (!parts) return `Please correct the Locum A: ${difference}.`;
  const [, what, theirs, ours] = parts;
  const invoice = invoiceReference ? `our invoice ${invoiceReference}` : 'our invoice';
  return `Please correct the Locum A: the ${what!.toLowerCase()} is ${theirs} on the form but ${ours} on ${invoice}.`;
}
