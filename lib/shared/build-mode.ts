/** Test and development builds run on the replica and open their panel to Playwright; the production build never does. */
export const TEST_BUILD = import.meta.env.MODE !== 'production';
