// Portal paths used in more than one place. Login and organisation select are evidenced
// (pcse-portal.md A1.3); the GP Pensions paths are invented (Part D).
export const LOGIN_PATH = '/AccountPortal/Account/Login';
export const ORG_PATH = '/HomePortal/Organisation/SelectOrganisation';
export const HOME_PATH = '/HomePortal/Home/Index';
export const DASHBOARD_PATH = '/GPP/Pensions/Dashboard';
export const LOCUM_A_PATH = '/GPP/Locum/LocumA';
export const LOCUM_B_PATH = '/GPP/Locum/LocumB';
export const APPROVALS_PATH = '/GPP/Locum/Approvals';
export const PAY_STUB_PATH = '/__replica/govuk-pay-stub';
export const WORK_DETAILS_PATH = '/GPP/Work/Details';
