import { textOf } from '../recognise/controls';

/** An organisation as PCSE names it in its header, "Riverside Medical Centre (Y99901)": a name with its code in brackets. */
const NAMED_WITH_CODE = /\S.*\(([A-Z][A-Z0-9]{2,5})\)\s*$/;

/** The organisation the user selected at login, read from the page header; undefined when the header does not say. */
export function selectedOrganisation(doc: Document): string | undefined {
  const header = doc.querySelector('header, [role=banner]');
  if (!header) return undefined;
  const candidates = [...header.querySelectorAll('*')].filter((element) => element.children.length === 0).map((element) => textOf(element));
  return candidates.find((text) => NAMED_WITH_CODE.test(text));
}
