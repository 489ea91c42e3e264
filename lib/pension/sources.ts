import * as z from 'zod/mini';
import rawSources from './data/sources.json';
import { parseInput } from './errors';

const Source = z.string().check(z.startsWith('https://'));

/** Sources cited outside the rule catalogue, by name, validated when loaded (data/sources.json). */
export const SOURCES = parseInput(
  z.object({ type2Box5c: Source, type2DueDate: Source, type2Rows: Source, type2LocumWork: Source }),
  rawSources,
  'sources.json',
);
