export function Popup() { return <main><h1>Locum Ledger</h1></main>; }
