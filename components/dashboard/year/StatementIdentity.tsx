import type { YearStatementModel } from '@/lib/ledger/year-statement';

/** Whose statement this is, as PCSE identifies a locum: a printed page must say so on its own. */
export function StatementIdentity({ identity }: { identity: YearStatementModel['identity'] }) {
  const items: [string, string][] = [
    ['Name', identity.name],
    ['SD number', identity.sdNumber],
    ['NI number', identity.niNumber],
    ['GMC number', identity.gmcNumber],
  ];
  return (
    <dl class="statement-identity">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value || <a href="#settings">Not entered: add it in Settings</a>}</dd>
        </div>
      ))}
    </dl>
  );
}
