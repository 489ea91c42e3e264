// A page the assistant cannot place (views/work-details.mjs), for the "What is this page?" question. GET only: the
// extension never submits, and nothing here needs the form to go anywhere.
import { send } from '../lib/http.mjs';
import { WORK_DETAILS_PATH } from '../lib/paths.mjs';
import { workDetailsPage } from '../views/work-details.mjs';

export const workDetailsRoutes = [
  { method: 'GET', path: WORK_DETAILS_PATH, role: 'locum', handler: (ctx) => send(ctx.res, 200, workDetailsPage(ctx)) },
];
