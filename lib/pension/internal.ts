/**
 * The engine's entry points for callers whose input has already passed the engine's schemas (the ledger validates
 * every record when it is stored): the same rules as the public functions in index.ts, without checking the input
 * again. Anything else reaches the engine through index.ts.
 */
export { buildValidLocumA } from './locum-a';
export { buildValidLocumB } from './locum-b';
export { checkValidForms } from './check-forms';
export { ninetyPercent } from './contributions';
