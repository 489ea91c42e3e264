/**
 * Text from a file or a page, quoted in a message. Control and format characters are dropped (a right-to-left override
 * would turn the rest of the message backwards) and long text is cut short, so the message stays readable whatever
 * the file holds.
 */
export function quoted(text: string, maxCharacters = 40): string {
  const characters = [...text.replace(/[\p{Cc}\p{Cf}]/gu, '')];
  return `"${characters.length > maxCharacters ? `${characters.slice(0, maxCharacters).join('')}…` : characters.join('')}"`;
}
