import type { Practice } from './schemas';

/** How an alias is stored and looked up: lower case, single spaces, so "RIVERSIDE " and "riverside" are one name. */
export const aliasKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

const wordsOf = (text: string) =>
  aliasKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether `short`'s words appear, in order and whole, within `full`'s: "Riverside" in "Riverside Medical Centre", not "River". */
function containsWords(full: string[], short: string[]): boolean {
  for (let start = 0; start + short.length <= full.length; start++) {
    if (short.every((word, i) => full[start + i] === word)) return true;
  }
  return false;
}

/** The one practice a name not in the ledger most likely means (a shortened name), or undefined when none or several fit. */
export function aliasCandidate(name: string, practices: Practice[]): Practice | undefined {
  const short = wordsOf(name);
  if (short.length === 0) return undefined;
  const fits = practices.filter((practice) => containsWords(wordsOf(practice.name), short));
  return fits.length === 1 ? fits[0] : undefined;
}

/** The practice an alias the user chose before points to, if it is still in the ledger. */
export function practiceByAlias(name: string, practices: Practice[], aliases: Record<string, string>): Practice | undefined {
  const id = Object.hasOwn(aliases, aliasKey(name)) ? aliases[aliasKey(name)] : undefined;
  return id === undefined ? undefined : practices.find((practice) => practice.id === id);
}
