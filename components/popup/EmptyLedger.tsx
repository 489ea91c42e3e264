/** A new, empty ledger: nothing is owed yet, so point to the dashboard's three first steps rather than say all is done. */
export function EmptyLedger({ onStart }: { onStart: () => void }) {
  return (
    <section class="card" aria-labelledby="empty-heading">
      <h2 id="empty-heading">Your ledger is empty</h2>
      <p>Start in the dashboard, in three steps: your details, your practices, then your first session or an import.</p>
      <button type="button" class="button" onClick={onStart}>
        Start in the dashboard
      </button>
    </section>
  );
}
