// Every route of the replica, in one table.
import { accountRoutes } from './account.mjs';
import { pensionRoutes } from './pensions.mjs';
import { locumARoutes } from './locum-a.mjs';
import { locumBRoutes } from './locum-b.mjs';
import { approvalRoutes } from './approvals.mjs';
import { replicaRoutes } from './replica.mjs';
import { workDetailsRoutes } from './work-details.mjs';

export const routes = [
  ...accountRoutes,
  ...pensionRoutes,
  ...locumARoutes,
  ...locumBRoutes,
  ...approvalRoutes,
  ...workDetailsRoutes,
  ...replicaRoutes,
];
