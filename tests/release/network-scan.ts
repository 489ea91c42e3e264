// The static half of "no network": every way a bundle could reach the network, found by its name, and every URL
// written in it, counted per file and checked against the reviewed list in network-allowlist.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesIn, matchesPattern } from './artefacts';

/**
 * Each API by which script can open a connection or load code, and the two that run code made from text. Matched as
 * words, so `globalThis.fetch` counts too.
 */
export const WATCHED_APIS: Record<string, RegExp> = {
  fetch: /\bfetch\b/g,
  XMLHttpRequest: /\bXMLHttpRequest\b/g,
  WebSocket: /\bWebSocket\b/g,
  sendBeacon: /\bsendBeacon\b/g,
  EventSource: /\bEventSource\b/g,
  importScripts: /\bimportScripts\b/g,
  // Worker and SharedWorker: a worker script can be remote.
  Worker: /Worker\(/g,
  'import()': /\bimport\(/g,
  WebTransport: /\bWebTransport\b/g,
  RTCPeerConnection: /\bRTCPeerConnection\b/g,
  eval: /\beval\(/g,
  Function: /\bFunction\(/g,
};
const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\]+/g;
const SCANNED = /\.(js|mjs|html|css)$/;

export type Occurrence = { file: string; token: string; count: number };
export type AllowEntry = Occurrence & { why: string };
export type Allowlist = { entries: AllowEntry[]; citedSources: { files: string[]; why: string } };

/** URLs written in the given files: the sources the rules engine cites. */
export function urlsIn(files: string[]): Set<string> {
  return new Set(files.flatMap((file) => readFileSync(file, 'utf8').match(URL_PATTERN) ?? []));
}

/** Every network API and every URL (cited sources aside) in the build, with how often each file has it. */
export function scanBuild(dir: string, cited: Set<string>): Occurrence[] {
  const found: Occurrence[] = [];
  for (const file of filesIn(dir).filter((f) => SCANNED.test(f))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const counts = new Map<string, number>();
    for (const [token, pattern] of Object.entries(WATCHED_APIS)) counts.set(token, text.match(pattern)?.length ?? 0);
    for (const url of text.match(URL_PATTERN) ?? []) if (!cited.has(url)) counts.set(url, (counts.get(url) ?? 0) + 1);
    for (const [token, count] of counts) if (count > 0) found.push({ file, token, count });
  }
  return found;
}

export type Verdict = { unexpected: Occurrence[]; wrongCount: (Occurrence & { allowed: number })[]; stale: AllowEntry[] };

/** What the build has that the list does not justify, what it has a different number of times, and what the list justifies that is gone. */
export function compare(found: Occurrence[], entries: AllowEntry[]): Verdict {
  const entryFor = (o: Occurrence) => entries.find((e) => e.token === o.token && matchesPattern(e.file, o.file));
  return {
    unexpected: found.filter((o) => !entryFor(o)),
    wrongCount: found.flatMap((o) => {
      const entry = entryFor(o);
      return entry && entry.count !== o.count ? [{ ...o, allowed: entry.count }] : [];
    }),
    stale: entries.filter((e) => !found.some((o) => o.token === e.token && matchesPattern(e.file, o.file))),
  };
}
