import '@/components/styles/base.css';
import './popup.css';
import { browser } from 'wxt/browser';
import { daysFromTo, formatMonth, formatUkDate, formBDeadline, ratePeriodOn } from '@/lib/pension';
import { nextFormBMonth, todayInEngland } from '@/lib/today';


function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}

/** The 5-second view: what is due next and under which rates. */
export function Popup({ today = todayInEngland() }: { today?: string }) {
  const period = ratePeriodOn(today);
  const month = nextFormBMonth(today);
  const due = formBDeadline(month);
  const daysLeft = daysFromTo(today, due);
  return (
    <main class="popup">
      <h1>Locum Ledger</h1>
      <section class="card" aria-label="Next Locum B deadline">
        <p>
          Next Locum B: <strong>{formatMonth(month)}</strong>, with its payment, due by <strong>{formatUkDate(due)}</strong> ({daysLeft === 0 ? 'today' : `${daysLeft} days`}).
        </p>
      </section>
      <section class="card" aria-label="Rates in force">
        <p>
          Scheme year <strong>{period.schemeYear}</strong>: employer contribution {period.employerRatePercent}%, tiers from {period.tiers[0]!.ratePercent}% to{' '}
          {period.tiers.at(-1)!.ratePercent}%.
          {period.status === 'unconfirmed' && <span class="tag tag--unconfirmed">Not yet confirmed</span>}
        </p>
      </section>
      <button type="button" class="button" onClick={openDashboard}>
        Open dashboard
      </button>
    </main>
  );
}
