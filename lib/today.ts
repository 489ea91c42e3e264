/** Today in England as YYYY-MM-DD: pension deadlines run on UK dates, whatever the computer's time zone. */
export function todayInEngland(now: Date = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/** The month of the next Locum B still open on `today`: last month's until its deadline on the 7th, then this month's. */
export function nextFormBMonth(today: string): string {
  const [year, month, day] = today.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - (day! <= 7 ? 2 : 1), 1));
  return date.toISOString().slice(0, 7);
}
