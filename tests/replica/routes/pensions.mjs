// D3 GP Pensions dashboard: locum tiles, or the Locum Approvals tile for a practice approver.
import { send } from '../lib/http.mjs';
import { DASHBOARD_PATH } from '../lib/paths.mjs';
import { takeFlash } from '../lib/flash.mjs';
import { dashboardPage } from '../views/home.mjs';

function dashboard(ctx) {
  const awaitingApproval = ctx.store.locumAs.filter((a) => a.ods === ctx.org.code && a.status === 'Awaiting Practice Approval').length;
  ctx.flash = takeFlash(ctx.session);
  send(ctx.res, 200, dashboardPage(ctx, { awaitingApproval }));
}

export const pensionRoutes = [{ method: 'GET', path: DASHBOARD_PATH, handler: dashboard }];
