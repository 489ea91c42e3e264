import '@/components/styles/base.css';
import './popup.css';
import { browser } from 'wxt/browser';
import { useLedger } from '@/components/ledger/use-ledger';
import { useRenderedMark } from '@/components/ledger/use-rendered-mark';
import { FindingList } from '@/components/ledger/FindingList';
import { monthlyForms, SENT } from '@/lib/ledger/forms';
import { openTenWeekLimits } from '@/lib/ledger/ten-week';
import { previousMonth, todayInEngland } from '@/lib/today';
import { AddSession } from './AddSession';
import { MonthCard } from './MonthCard';
import { TenWeekList } from './TenWeekList';
import { WaitingList } from './WaitingList';
import { waitingLocumAs } from '@/lib/ledger/waiting';

function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}

/** The 5-second view: what is owed this month and last, by when, what is about to expire, and a quick add. */
export function Popup({ today = todayInEngland() }: { today?: string }) {
  const { ledger, error, reload } = useLedger();
  useRenderedMark(ledger !== null);
  if (error) return <main class="popup"><p role="alert" class="bad">{error}</p></main>;
  if (!ledger) return <main class="popup" aria-busy="true"><h1>Locum Ledger</h1></main>;
  const thisMonth = today.slice(0, 7);
  const lastMonth = previousMonth(thisMonth);
  const months = monthlyForms(ledger, today, new Set([thisMonth, lastMonth]));
  const current = months.find((m) => m.month === thisMonth);
  const submittedB = (month: string) => ledger.submissions.some((s) => s.kind === 'B' && s.month === month && SENT.has(s.status));
  return (
    <main class="popup">
      <h1>Locum Ledger</h1>
      <MonthCard label="This month" month={thisMonth} forms={current} today={today} submitted={submittedB(thisMonth)} />
      <MonthCard label="Last month" month={lastMonth} forms={months.find((m) => m.month === lastMonth)} today={today} submitted={submittedB(lastMonth)} />
      <TenWeekList limits={openTenWeekLimits(ledger, today)} />
      <WaitingList waiting={waitingLocumAs(ledger)} />
      <AddSession practices={ledger.practices} today={today} onAdded={reload} />
      {current && (
        <section class="card" aria-label="Checks for this month">
          <h2>Checks for this month</h2>
          <FindingList findings={current.findings} />
        </section>
      )}
      <button type="button" class="button button--secondary" onClick={openDashboard}>
        Open dashboard
      </button>
    </main>
  );
}
