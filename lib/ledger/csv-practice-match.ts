import * as z from 'zod/mini';
import { quoted } from '../shared/quoted';
import { isValidOdsCode } from '../pension';
import type { Parsed } from '../shared/parse-uk';
import { FIELD_LABELS } from './csv-columns';
import { practiceByAlias } from './csv-practice-alias';
import { NO_COLUMN, schemaProblem, type RowReader } from './csv-row-reader';
import { Practice, type SessionWorkType } from './schemas';

export const NewPractice = z.object({ name: Practice.shape.name, odsCode: Practice.shape.odsCode });
export type NewPractice = z.infer<typeof NewPractice>;

type PracticeMatch = { practiceName: string; odsCode?: string; practiceId?: string; newPractice?: NewPractice };

const normaliseOds = (code: string) => code.replace(/\s+/g, '').toUpperCase();
const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function known(practice: Practice): Parsed<PracticeMatch> {
  return {
    ok: true,
    value: { practiceName: practice.name, practiceId: practice.id, ...(practice.odsCode ? { odsCode: practice.odsCode } : {}) },
  };
}

function byName(practices: Practice[], name: string): Practice[] {
  return practices.filter((practice) => normaliseName(practice.name) === normaliseName(name));
}

function matchByName(reader: RowReader, practices: Practice[], name: string, aliases: Record<string, string>): Parsed<PracticeMatch> {
  const matches = byName(practices, name);
  if (matches.length === 1) return known(matches[0]!);
  const aliased = matches.length === 0 ? practiceByAlias(name, practices, aliases) : undefined;
  if (aliased) return known(aliased);
  const label = reader.label('practice');
  if (matches.length > 1)
    return {
      ok: false,
      reason: `${label}: ${matches.length} practices in your ledger are called ${quoted(name)}; add an ODS code column to say which`,
    };
  return {
    ok: false,
    reason: `${label}: no practice called ${quoted(name)} is in your ledger; add it first, or give its ODS code so it can be added`,
  };
}

/** A row whose ODS code is not in the ledger: the same practice by name, or a new one when the row names it and the code is valid. */
function matchUnknownOds(
  reader: RowReader,
  practices: Practice[],
  name: string,
  ods: string,
  workType: SessionWorkType,
): Parsed<PracticeMatch> {
  const named = byName(practices, name);
  if (name !== '' && named.length === 1) {
    const practice = named[0]!;
    if (practice.odsCode === '') return known(practice);
    return {
      ok: false,
      reason: `${reader.label('odsCode')}: ${quoted(ods)} is not the ODS code of ${practice.name} in your ledger (${practice.odsCode})`,
    };
  }
  if (!isValidOdsCode(ods, workType)) {
    return {
      ok: false,
      reason: `${reader.label('odsCode')}: ${quoted(ods)} is not an ODS code; a GP practice's is a letter and five digits, like A12345`,
    };
  }
  if (name === '')
    return {
      ok: false,
      reason: `${reader.label('odsCode')}: no practice in your ledger has the ODS code ${ods}, and the row gives no practice name to add it with`,
    };
  const nameProblem = schemaProblem(Practice.shape.name, name);
  if (nameProblem) return { ok: false, reason: `${reader.label('practice')}: ${nameProblem}` };
  return { ok: true, value: { practiceName: name, odsCode: ods, newPractice: { name, odsCode: ods } } };
}

/** The ODS code first, as names are written many ways; then the name, ignoring case and spacing; then a name the user chose to alias. */
export function matchPractice(
  reader: RowReader,
  practices: Practice[],
  workType: SessionWorkType,
  aliases: Record<string, string> = {},
): Parsed<PracticeMatch> {
  const name = reader.cell('practice').replace(/\s+/g, ' ');
  const ods = normaliseOds(reader.cell('odsCode'));
  if (ods !== '') {
    const byOds = practices.find((practice) => normaliseOds(practice.odsCode) === ods);
    return byOds ? known(byOds) : matchUnknownOds(reader, practices, name, ods, workType);
  }
  if (name !== '') return matchByName(reader, practices, name, aliases);
  if (!reader.mapped('practice') && !reader.mapped('odsCode')) return { ok: false, reason: `${FIELD_LABELS.practice}: ${NO_COLUMN}` };
  return { ok: false, reason: `${reader.label(reader.mapped('practice') ? 'practice' : 'odsCode')}: is empty` };
}
