/** The code in the last brackets: "Riverside Medical Centre (Y99901)" → Y99901, "NHS England (appraisal work) (X24)" → X24. */
export function odsCodeIn(text: string): string | undefined {
  const codes = Array.from(text.matchAll(/\(\s*([A-Za-z][A-Za-z0-9]{1,8})\s*\)/g), (match) => match[1]!).filter((code) => /\d/.test(code));
  return codes.at(-1)?.toUpperCase();
}
