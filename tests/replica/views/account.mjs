// D1 login and D2 organisation select. Their ids are evidenced (pcse-portal.md A1.4, from a public
// automation script for secure.pcse.england.nhs.uk); the wording around them is invented.
import { html } from './html.mjs';
import { page } from './layout.mjs';
import { formTokens } from './form-tokens.mjs';

const P = 'PlaceHolderMain_signInControl_';
const N = 'ctl00$PlaceHolderMain$signInControl$';

export function loginPage(ctx, { username = '', errors = {}, failure = '', notice = '', returnUrl = '' }) {
  const action = `/AccountPortal/Account/Login${returnUrl ? `?ReturnUrl=${encodeURIComponent(returnUrl)}` : ''}`;
  const body = html`<div class="login-panel">
  <h1 class="pcse-h1">Log in to PCSE Online</h1>
  ${notice ? html`<div class="pcse-banner pcse-banner--info" id="login-notice" role="status"><p>${notice}</p></div>` : ''}
  <form method="post" action="${action}" id="aspnetForm" novalidate>
    <span id="${P}FailureText" class="login-failure" role="alert">${failure}</span>
    <div class="login-field">
      <label for="${P}UserName">Username / Email address</label>
      <input type="text" id="${P}UserName" name="${N}UserName" value="${username}" autocomplete="username" spellcheck="false">
      ${errors.username ? html`<span id="${P}UserNameRequired" class="field-validation-error">${errors.username}</span>` : ''}
    </div>
    <div class="login-field">
      <label for="${P}password">Password</label>
      <input type="password" id="${P}password" name="${N}password" autocomplete="current-password">
      ${errors.password ? html`<span id="${P}PasswordRequired" class="field-validation-error">${errors.password}</span>` : ''}
    </div>
    <input type="submit" id="${P}login" name="${N}login" value="Sign in" class="pcse-button">
    <p class="login-forgotten"><a href="/AccountPortal/Account/ForgottenDetails">Forgotten your log in details?</a></p>
  </form>
</div>`;
  return page(ctx, { title: 'Log in', body });
}

export function organisationPage(ctx, { organisations, error = '', returnUrl = '' }) {
  const action = `/HomePortal/Organisation/SelectOrganisation${returnUrl ? `?ReturnUrl=${encodeURIComponent(returnUrl)}` : ''}`;
  const body = html`<h1 class="pcse-h1">Select Organisation</h1>
<p class="pcse-lead">Choose the organisation you want to work for in this session.</p>
<form method="post" action="${action}" id="select-organisation">
  ${formTokens(ctx)}
  <div class="org-field">
    <label for="Organisation">Organisation</label>
    <select id="Organisation" name="Organisation">
      <option value="">Please select</option>
      ${organisations.map((o) => html`<option value="${o.code}">${o.name} (${o.code})</option>`)}
    </select>
    ${error ? html`<span class="field-validation-error" id="Organisation_error">${error}</span>` : ''}
  </div>
  <input type="button" value="Continue" id="btnContinue" class="pcse-button">
</form>`;
  return page(ctx, {
    title: 'Select Organisation',
    body,
    scripts: [
      {
        module: 'org-select.mjs',
        fn: 'bindOrganisationSelect',
        config: { select: '#Organisation', button: '#btnContinue', form: '#select-organisation' },
      },
    ],
  });
}
