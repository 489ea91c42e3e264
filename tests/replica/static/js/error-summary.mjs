// GOV.UK pattern: move focus to the error summary when a form comes back with errors.

export function focusErrorSummary({ selector }) {
  document.querySelector(selector)?.focus();
}
