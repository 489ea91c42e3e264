// jQuery UI widgets of the classic variant: datepickers on dd/mm/yyyy text inputs and selectmenus
// (the widget the evidenced organisation picker uses, pcse-portal.md A1.4 / B1).
const $ = window.jQuery;

export function bindDatepickers({ selectors, maxDate }) {
  $(selectors.join(',')).datepicker({
    dateFormat: 'dd/mm/yy',
    maxDate,
    firstDay: 1,
    changeMonth: true,
    changeYear: true,
    showOtherMonths: true,
  });
}

/** A selectmenu does not fire the native change event, so it is re-dispatched for other listeners. */
export function bindSelectmenus({ selectors, width }) {
  $(selectors.join(',')).selectmenu({
    width,
    change(event) {
      event.target.dispatchEvent(new Event('change', { bubbles: true }));
    },
  });
}
