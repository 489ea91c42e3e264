import type { LedgerData } from '@/lib/ledger/schemas';
import { checklistSteps } from './checklist-steps';

/** A locum's first steps; it stays on every tab until all three are done. */
export function LocumChecklist({ ledger }: { ledger: LedgerData }) {
  const steps = checklistSteps(ledger);
  const left = steps.filter((step) => !step.done).length;
  if (left === 0) return null;
  return (
    <section class="card checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Get started: {left === 1 ? '1 step' : `${left} steps`} left</h2>
      <ol>
        {steps.map((step) => (
          <li key={step.id} class={step.done ? 'checklist__done' : ''}>
            <span aria-hidden="true">{step.done ? '✓ ' : '○ '}</span>
            <span class="visually-hidden">{step.done ? 'Done: ' : 'To do: '}</span>
            <a href={step.href}>{step.label}</a> <span class="muted">{step.how}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
