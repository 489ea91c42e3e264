import { TEST_BUILD } from '../../shared/build-mode';

/** PCSE Online's only host (pcse-portal.md A1.1): the one site the content script runs on in a production build. */
const PORTAL_ORIGIN = 'https://secure.pcse.england.nhs.uk';
export const PORTAL_MATCH = `${PORTAL_ORIGIN}/*`;
/** The replica portal on loopback: development and test builds only, never in the production manifest. */
export const REPLICA_MATCH = 'http://127.0.0.1/*';

/**
 * PCSE Online, or (when `allowReplica` and only in a test build) the replica on loopback. The replica branch sits
 * behind the build-time TEST_BUILD constant so the production bundle drops it, loopback address and all.
 */
export function isPortalUrl(url: string | undefined, allowReplica: boolean): boolean {
  if (!url) return false;
  try {
    const { origin, protocol, hostname } = new URL(url);
    return origin === PORTAL_ORIGIN || (TEST_BUILD && allowReplica && protocol === 'http:' && hostname === '127.0.0.1');
  } catch {
    return false;
  }
}
