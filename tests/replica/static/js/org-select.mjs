// D2: the organisation picker is a jQuery UI selectmenu (#Organisation-button, #Organisation-menu) and
// "Continue" is an <input type="button"> (pcse-portal.md A1.4), so a script has to post the form.
const $ = window.jQuery;

export function bindOrganisationSelect({ select, button, form }) {
  $(select).selectmenu({ width: 420 });
  $(button).on('click', () => document.querySelector(form).submit());
}
