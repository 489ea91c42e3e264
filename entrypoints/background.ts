// The background owns the ledger database, alarms and notifications (see the ledger issue).
export default defineBackground(() => {});
