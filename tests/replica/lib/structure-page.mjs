// A page-structure file (lib/portal/structure/schema.ts) made ready for the replica: checked, each control given its
// meaning for the server and the page laid out as nested fieldsets and tables. The full check is the extension's Zod
// schema; this one only makes sure the file is what it says, with a message a maintainer can act on.
import { layoutOf } from './structure-layout.mjs';
import { shapeOf, withRoles } from './structure-roles.mjs';

const FORMAT = 'locum-ledger-page-structure';
const VERSION = 1;
/** Pages the replica draws from a structure; other kinds (login, organisation select…) are recorded only. */
export const FORM_KINDS = ['locumAForm', 'locumBForm'];
const LISTS = ['headings', 'fieldsets', 'tables', 'controls', 'buttons', 'links'];

export function checkStructure(json) {
  if (json?.format !== FORMAT) throw new Error(`Not a page-structure file: "format" should be "${FORMAT}".`);
  if (json.version !== VERSION)
    throw new Error(`This page-structure file is version ${json.version}; the replica reads version ${VERSION}.`);
  if (typeof json.pageKind !== 'string') throw new Error('The page-structure file has no "pageKind".');
  const missing = LISTS.find((key) => !Array.isArray(json[key]));
  if (missing) throw new Error(`The page-structure file has no "${missing}" list.`);
  const placeless = json.controls.findIndex((c) => typeof c?.position !== 'object' || c.position === null);
  if (placeless >= 0) throw new Error(`Control ${placeless} of the page-structure file has no "position".`);
  return json;
}

/** The generated page: the structure with its controls' roles, the layout tree and the server rules it follows. */
export function pageFromStructure(structure, source) {
  const kind = structure.pageKind;
  if (!FORM_KINDS.includes(kind)) return { kind, source, structure };
  const controls = withRoles(structure);
  return { kind, source, shape: shapeOf(kind, controls), structure: { ...structure, controls }, layout: layoutOf(structure) };
}
