import { firstRepeat } from '../../shared/first-repeat';
import * as z from 'zod/mini';
import {
  BACKUP_FORMAT,
  ENCRYPTED_BACKUP_FORMAT,
  isLargerThan,
  isPlainObject,
  parseJsonText,
  PORTAL_PROFILE_FORMAT,
} from '../../shared/json-file';
import { PageKindAnswer, PortalMapping, Timestamp } from '../../shared/records';
import { quoted } from '../../shared/quoted';

/**
 * A portal profile: the fields taught to the portal assistant, and since version 2 the answers to "What is this
 * page?", in a file one colleague exports and another imports, so a practice or a group of locums teaches PCSE
 * Online's pages once. Version 1 files (taught fields only) are still read.
 */
const PORTAL_PROFILE_VERSION = 2;
/** A few hundred taught fields come to tens of kilobytes; anything near a megabyte is not a portal profile. */
export const MAX_PORTAL_PROFILE_BYTES = 1024 * 1024;

const PortalProfileV1 = z.object({
  format: z.literal(PORTAL_PROFILE_FORMAT),
  version: z.literal(1),
  exportedAt: Timestamp,
  mappings: z.array(PortalMapping),
});

const PortalProfile = z.object({
  format: z.literal(PORTAL_PROFILE_FORMAT),
  version: z.literal(PORTAL_PROFILE_VERSION),
  exportedAt: Timestamp,
  mappings: z.array(PortalMapping),
  answers: z.array(PageKindAnswer),
});
type PortalProfile = z.infer<typeof PortalProfile>;

/** Either version, told apart by its version number, so a problem is reported against the shape that file claims to have. */
const AnyPortalProfile = z.discriminatedUnion('version', [PortalProfileV1, PortalProfile]);

export type PortalProfileResult = { ok: true; mappings: PortalMapping[]; answers: PageKindAnswer[] } | { ok: false; error: string };

export const PROFILE_TOO_LARGE = 'This file is larger than 1 MB, far more than a portal profile can be, so it was not read.';
export const PROFILE_NOT_JSON =
  'This file is not JSON, the text format Locum Ledger saves portal profiles in, so it cannot be a portal profile.';
export const NOT_A_PORTAL_PROFILE = `This file is not a Locum Ledger portal profile: it does not start with "format": "${PORTAL_PROFILE_FORMAT}".`;
export const BACKUP_NOT_PROFILE =
  'This file is a Locum Ledger backup, not a portal profile: restore it under "Backup and restore" instead.';

export function toPortalProfile(mappings: PortalMapping[], answers: PageKindAnswer[], now: Date): PortalProfile {
  return { format: PORTAL_PROFILE_FORMAT, version: PORTAL_PROFILE_VERSION, exportedAt: now.toISOString(), mappings, answers };
}

export function serialisePortalProfile(mappings: PortalMapping[], answers: PageKindAnswer[], now: Date): string {
  return `${JSON.stringify(toPortalProfile(mappings, answers, now), null, 2)}\n`;
}

/** Checks what kind of file this is first: validating a backup or a stranger's file field by field would bury the real problem. */
function headerProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return NOT_A_PORTAL_PROFILE;
  if (value.format === BACKUP_FORMAT || value.format === ENCRYPTED_BACKUP_FORMAT) return BACKUP_NOT_PROFILE;
  if (value.format !== PORTAL_PROFILE_FORMAT) return NOT_A_PORTAL_PROFILE;
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > PORTAL_PROFILE_VERSION) {
    return `This portal profile was made by a newer Locum Ledger (profile version ${version}; this version reads version ${PORTAL_PROFILE_VERSION}). Update Locum Ledger, then import it.`;
  }
  return undefined;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    root,
  );
}

const isNamed = (text: unknown): text is string => typeof text === 'string' && text.trim() !== '';

/** "taught field 3 ("feePence" on the "locum-a" page)": which field a problem is in, as the person who taught it would know it. */
function fieldName(root: unknown, index: number): string {
  const mapping = valueAt(root, ['mappings', index]);
  const { concept, pageKind } = isPlainObject(mapping) ? mapping : {};
  if (isNamed(concept) && isNamed(pageKind)) return `taught field ${index + 1} (${quoted(concept)} on the ${quoted(pageKind)} page)`;
  if (isNamed(pageKind)) return `taught field ${index + 1} (on the ${quoted(pageKind)} page)`;
  return `taught field ${index + 1}`;
}

/** "page answer 2 ("Submit your work details")": which answer a problem is in, by the heading of the page it was given on. */
function answerName(root: unknown, index: number): string {
  const answer = valueAt(root, ['answers', index]);
  const { heading } = isPlainObject(answer) ? answer : {};
  return isNamed(heading) ? `page answer ${index + 1} (${quoted(heading)})` : `page answer ${index + 1}`;
}

/** mappings[1].fingerprint.label, as the backup's problems name paths. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

/** Zod's own words for a missing or empty field are "Invalid input"; a colleague needs to know which it is. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'invalid_type') return valueAt(root, issue.path) === undefined ? 'missing' : `expected ${issue.expected}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'empty';
  if (issue.code === 'invalid_value') return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  return 'not valid';
}

/** The first problem only: a colleague's file is either right or needs re-exporting, and one clear reason says which. */
function schemaProblem(issue: z.core.$ZodIssue, root: unknown): string {
  const [first, index] = issue.path;
  const what =
    typeof index !== 'number'
      ? 'the file'
      : first === 'mappings'
        ? fieldName(root, index)
        : first === 'answers'
          ? answerName(root, index)
          : 'the file';
  return `This portal profile cannot be imported: ${what} is not valid (${pathText(issue.path)}: ${describeIssue(issue, root)}).`;
}

function duplicateIdProblem(mappings: PortalMapping[]): string | undefined {
  const repeat = firstRepeat(mappings, (mapping) => mapping.id);
  return (
    repeat &&
    `This portal profile cannot be imported: taught field ${repeat.index + 1} has the same id (${quoted(repeat.key)}) as taught field ${repeat.first + 1}.`
  );
}

/** One answer per page: two for the same fingerprint would leave which one counts to the order of the file. */
function duplicateAnswerProblem(answers: PageKindAnswer[]): string | undefined {
  const repeat = firstRepeat(answers, (answer) => answer.fingerprint);
  return (
    repeat &&
    `This portal profile cannot be imported: page answer ${repeat.index + 1} is for the same page (${quoted(repeat.key)}) as page answer ${repeat.first + 1}.`
  );
}

/**
 * Reads a portal profile file's text, version 1 or 2, and checks all of it before returning anything, so an import
 * either takes the whole file or changes nothing. A version 1 file has no answers. Never throws.
 */
export function parsePortalProfile(text: string): PortalProfileResult {
  if (isLargerThan(text, MAX_PORTAL_PROFILE_BYTES)) return { ok: false, error: PROFILE_TOO_LARGE };
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, error: PROFILE_NOT_JSON };
  const header = headerProblem(json.value);
  if (header) return { ok: false, error: header };
  const checked = AnyPortalProfile.safeParse(json.value);
  if (!checked.success) return { ok: false, error: schemaProblem(checked.error.issues[0]!, json.value) };
  const answers = checked.data.version === 1 ? [] : checked.data.answers;
  const duplicate = duplicateIdProblem(checked.data.mappings) ?? duplicateAnswerProblem(answers);
  if (duplicate) return { ok: false, error: duplicate };
  return { ok: true, mappings: checked.data.mappings, answers };
}
