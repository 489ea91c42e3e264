import '@/components/shared/base.css';
import './dashboard.css';
import { useEffect, useState } from 'preact/hooks';
import { ProblemAlert } from '@/components/shared/ProblemAlert';
import { useLedger } from '@/components/shared/use-ledger';
import { useRenderedMark } from '@/components/shared/bench-marks';
import { backupDue } from '@/lib/ledger/reminders';
import { todayInEngland } from '@/lib/shared/today';
import { FirstRun } from './first-run/FirstRun';
import { SetAsideNotice } from './SetAsideNotice';
import { FolderBackupNotice } from './folder-backup/FolderBackupNotice';
import { LocumInvoicesView } from '../practice/LocumInvoicesView';
import { MonthsView } from './views/MonthsView';
import { PracticesView } from './views/PracticesView';
import { RatesView } from './views/RatesView';
import { ReceiptsView } from './views/ReceiptsView';
import { SessionsView } from './views/SessionsView';
import { SettingsView } from './views/SettingsView';
import { YearView } from './views/YearView';
import { TypeTwoView } from './type-two/TypeTwoView';

const VIEWS = [
  { id: 'sessions', label: 'Sessions', locum: true },
  { id: 'practices', label: 'Practices', locum: true },
  { id: 'months', label: 'Months', locum: true },
  { id: 'receipts', label: 'Receipts', locum: true },
  { id: 'year', label: 'Year', locum: true },
  { id: 'type2', label: 'Type 2', locum: true },
  { id: 'rates', label: 'Rates' },
  { id: 'locum-invoices', label: 'Locum invoices', practiceMode: true },
  { id: 'settings', label: 'Settings' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

/** Practice-mode tabs show only to practice staff who turned it on, and the locum's own tabs only to a locum. */
const shownIn = (practiceMode: boolean) => VIEWS.filter((view) => (practiceMode ? !('locum' in view) : !('practiceMode' in view)));

/** Practice staff land on Locum invoices: a locum's tab (or no #hash) opens their list instead. */
const landingView = (view: ViewId, practiceMode: boolean): ViewId =>
  practiceMode && !shownIn(true).some((shown) => shown.id === view) ? 'locum-invoices' : view;

function viewFromHash(): ViewId {
  const id = location.hash.slice(1);
  return VIEWS.find((view) => view.id === id)?.id ?? 'sessions';
}

/** The full-page workbench, one view per tab, addressable by #hash so reminders can open the right one. */
export function Dashboard({ today = todayInEngland() }: { today?: string }) {
  const [chosenView, setView] = useState<ViewId>(viewFromHash);
  const { ledger, error, reload } = useLedger();
  const practiceMode = ledger?.settings.practiceMode === true;
  const view = landingView(chosenView, practiceMode);
  useRenderedMark(ledger !== null);
  useEffect(() => {
    // Ask the browser not to evict the ledger under storage pressure; uninstalling still deletes it, hence backups.
    void navigator.storage?.persist?.();
    const follow = () => setView(viewFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return (
    <>
      <header class="masthead">
        <div class="masthead__inner">
          <span class="masthead__name">Locum Ledger</span>
          <span class="masthead__note">Everything stays on this computer.</span>
        </div>
        <nav class="tabs" aria-label="Dashboard">
          {shownIn(practiceMode).map(({ id, label }) => (
            <a key={id} href={`#${id}`} aria-current={view === id ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main class="page">
        <ProblemAlert problem={error} />
        <FolderBackupNotice ledger={ledger} onRestored={reload} />
        {ledger && <FirstRun ledger={ledger} onChange={reload} />}
        {ledger?.setAside && <SetAsideNotice records={ledger.setAside} today={today} onChange={reload} />}
        {ledger && view !== 'settings' && backupDue(ledger, today) && (
          <p class="banner" role="status">
            Your ledger has changed since your last backup, and removing the extension would delete it.{' '}
            <a href="#settings">Download a backup</a>
          </p>
        )}
        {ledger && view === 'rates' && <RatesView ledger={ledger} today={today} onChange={reload} />}
        {ledger && view === 'sessions' && <SessionsView ledger={ledger} today={today} onChange={reload} />}
        {ledger && view === 'practices' && <PracticesView ledger={ledger} onChange={reload} />}
        {ledger && view === 'months' && <MonthsView ledger={ledger} today={today} />}
        {ledger && view === 'receipts' && <ReceiptsView ledger={ledger} />}
        {ledger && view === 'year' && <YearView ledger={ledger} today={today} onChange={reload} />}
        {ledger && view === 'type2' && <TypeTwoView ledger={ledger} today={today} />}
        {ledger &&
          view === 'locum-invoices' &&
          (practiceMode ? <LocumInvoicesView ledger={ledger} onChange={reload} /> : <PracticeModeOff />)}
        {ledger && view === 'settings' && <SettingsView ledger={ledger} today={today} onChange={reload} />}
      </main>
    </>
  );
}

/** A bookmarked #locum-invoices after practice mode was turned off: say where it went rather than show a blank page. */
function PracticeModeOff() {
  return (
    <section class="empty">
      <h1>Locum invoices</h1>
      <p>
        This list is for practice staff who approve locums' Locum A forms. Turn on practice mode in <a href="#settings">Settings</a> to keep
        it.
      </p>
    </section>
  );
}
