import { isIsoDate } from '../shared/dates';

/**
 * Test builds only: end-to-end tests run the replica on a fixed "today" (its seed data's), so they set the background's
 * today to match. The production build never calls this (background.ts), so no page or message can move its clock.
 */
export function testClockRequest(message: unknown): string | undefined {
  const request = message as { type?: unknown; today?: unknown } | null;
  return request?.type === 'test/set-today' && typeof request.today === 'string' && isIsoDate(request.today) ? request.today : undefined;
}

/** Test builds only: the panel's "Load the demo ledger" button, for browsers whose extension pages a test cannot open (Firefox). */
export function isLoadDemoRequest(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === 'test/load-demo';
}
