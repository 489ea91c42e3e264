export function Dashboard() { return <main><h1>Locum Ledger</h1></main>; }
