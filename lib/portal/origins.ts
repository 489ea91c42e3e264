/** PCSE Online's only host (pcse-portal.md A1.1): the one site the content script runs on in a production build. */
export const PORTAL_ORIGIN = 'https://secure.pcse.england.nhs.uk';
export const PORTAL_MATCH = `${PORTAL_ORIGIN}/*`;
/** The replica portal on loopback: development and test builds only, never in the production manifest. */
export const REPLICA_MATCH = 'http://127.0.0.1/*';

export function isPortalUrl(url: string | undefined, allowReplica: boolean): boolean {
  if (!url) return false;
  try {
    const { origin, protocol, hostname } = new URL(url);
    return origin === PORTAL_ORIGIN || (allowReplica && protocol === 'http:' && hostname === '127.0.0.1');
  } catch {
    return false;
  }
}
