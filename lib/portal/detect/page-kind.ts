import * as z from 'zod/mini';

/** The kinds of PCSE Online page the assistant tells apart (data/page-signatures.json). */
export const PageKind = z.enum([
  'login',
  'organisationSelect',
  'dashboard',
  'locumAList',
  'locumAForm',
  'locumAConfirmation',
  'approvalsList',
  'approvalReview',
  'locumBList',
  'locumBForm',
  'locumBConfirmation',
  'unknown',
]);
export type PageKind = z.infer<typeof PageKind>;
