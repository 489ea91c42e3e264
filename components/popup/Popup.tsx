import '@/components/shared/base.css';
import './popup.css';
import { useRenderedMark } from '@/components/shared/bench-marks';
import { FindingList } from '@/components/shared/FindingList';
import { todayInEngland } from '@/lib/shared/today';
import { AddSession } from './AddSession';
import { EmptyLedger } from './EmptyLedger';
import { BackupsPausedNotice } from './BackupsPausedNotice';
import { MonthCard } from './MonthCard';
import { openDashboard } from './open-dashboard';
import { RateTableDue } from './RateTableDue';
import { TenWeekList } from './TenWeekList';
import { TierLine } from './TierLine';
import { usePopupSummary } from './use-popup-summary';
import { WaitingList } from './WaitingList';

/** The 5-second view: what is owed this month and last, by when, what is about to expire, and a quick add. */
export function Popup({ today = todayInEngland() }: { today?: string }) {
  const { summary, error, reload } = usePopupSummary(today);
  useRenderedMark(summary !== null);
  if (error)
    return (
      <main class="popup">
        <p role="alert" class="bad">
          {error}
        </p>
      </main>
    );
  if (!summary)
    return (
      <main class="popup" aria-busy="true">
        <h1>Locum Ledger</h1>
      </main>
    );
  const { thisMonth, lastMonth } = summary;
  const empty = summary.practices.length === 0 && !thisMonth.forms && !lastMonth.forms && summary.tenWeek.length === 0;
  return (
    <main class="popup">
      <h1>Locum Ledger</h1>
      <BackupsPausedNotice />
      {summary.rateTableDue && !empty && <RateTableDue schemeYear={summary.rateTableDue} />}
      {empty ? (
        <EmptyLedger onStart={openDashboard} />
      ) : (
        <>
          <TierLine tier={summary.tier} />
          <MonthCard label="This month" summary={thisMonth} today={today} />
          <MonthCard label="Last month" summary={lastMonth} today={today} />
          <TenWeekList limits={summary.tenWeek} />
        </>
      )}
      <WaitingList waiting={summary.waiting} />
      <AddSession practices={summary.practices} today={today} onAdded={reload} />
      {thisMonth.forms && (
        <section class="card" aria-label="Checks for this month">
          <h2>Checks for this month</h2>
          <FindingList findings={thisMonth.forms.findings} />
        </section>
      )}
      <button type="button" class="button button--secondary" onClick={() => openDashboard()}>
        Open dashboard
      </button>
    </main>
  );
}
