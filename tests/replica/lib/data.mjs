// Loads the replica's JSON data once. The replica never reads /work/shared at run time:
// the facts it needs were copied into ../data (see README.md).
import { readFileSync } from 'node:fs';

const load = (name) => JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8'));

export const seed = load('seed');
export const tiers = load('tiers');
export const rules = load('rules');
export const messages = load('messages');
export const labels = load('labels');
export const fields = load('fields');
export const hostile = load('hostile');

/** Replaces {key} placeholders in a message. */
export function fmt(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}
