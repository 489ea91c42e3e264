import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillPage } from '../../../lib/portal/fill/fill-page';

// A clock that only the page's handlers and the waits move: the fill's own code takes no time on it, so every
// millisecond the report gives our script is one it wrongly took from the page or from a wait.
let clock = 0;

const periodRow = () => '<tr><td><input type="text"></td><td><input type="text"></td></tr>';

function page(): void {
  document.body.innerHTML = `<form>
    <table id="periods"><thead><tr><th>From</th><th>To</th></tr></thead><tbody>${periodRow()}</tbody></table>
    <button type="button" id="add">Add another period</button>
    <label for="fee">Locum fee (£)</label><input id="fee">
  </form>`;
  // Like the replica: each press adds a row and focuses it, which costs the page a layout.
  document.getElementById('add')!.addEventListener('click', () => {
    const body = document.querySelector('#periods tbody')!;
    body.append(body.lastElementChild!.cloneNode(true));
    clock += 40;
  });
  document.getElementById('fee')!.addEventListener('input', () => (clock += 3));
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('fillPage timing', () => {
  it("counts the page's own handlers and the one-tick waits apart from our script", async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    page();
    let ticks = 0;
    const tick = async () => {
      ticks += 1;
      clock += 1000;
    };
    const report = await fillPage(
      document,
      'locumAForm',
      {
        values: {
          fee: '50000',
          periodFirstDay: ['2026-01-05', '2026-01-07', '2026-01-09'],
          periodLastDay: ['2026-01-05', '2026-01-07', '2026-01-09'],
        },
      },
      { tick },
    );
    expect(report.results.filter((r) => r.status === 'filled')).toHaveLength(7);
    // Two presses of "Add another period" and one input event on the fee.
    expect(report.timing.pageMs).toBe(2 * 40 + 3);
    expect(report.timing.scriptMs).toBe(0);
    expect(report.timing.totalMs).toBe(ticks * 1000 + 2 * 40 + 3);
  });
});
