// govuk variant: "Add another period" adds a date row from a <template>, numbered after the highest
// row, and "Remove" takes one away. Legends are renumbered; input names keep their number, and the
// server reads whichever numbers are posted.

export function bindAddPeriod({ container, template, button, remove, legend, max }) {
  const list = document.querySelector(container);
  const add = document.querySelector(button);
  const rows = () => [...list.children];
  const refresh = () => {
    rows().forEach((row, k) => {
      row.querySelector(legend).textContent = `Period ${k + 1}`;
    });
    add.hidden = rows().length >= max;
  };
  add.addEventListener('click', () => {
    const next = Math.max(...rows().map((row) => Number(row.dataset.period))) + 1;
    const markup = document.querySelector(template).innerHTML.replaceAll('__N__', String(next));
    list.insertAdjacentHTML('beforeend', markup);
    refresh();
    list.lastElementChild.querySelector('input').focus();
  });
  list.addEventListener('click', (event) => {
    if (!event.target.matches(remove)) return;
    event.target.closest('[data-period]').remove();
    refresh();
    add.focus();
  });
  refresh();
}
