/** A file the user chose, as text, or why it was not read. */
export type FileText = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Reads a chosen file, refusing it by its size before any of it is read: a wrongly chosen video or disk image is
 * never loaded into memory, let alone parsed.
 */
export async function readFileText(file: Blob, maxBytes: number, tooLarge: string): Promise<FileText> {
  if (file.size > maxBytes) return { ok: false, problem: tooLarge };
  return { ok: true, text: decodeText(new Uint8Array(await file.arrayBuffer())) };
}

/**
 * Text in the encodings spreadsheets and Notepad save in: UTF-8, with or without its byte-order mark; UTF-16 with its
 * byte-order mark (Excel's "Unicode text"); otherwise Windows-1252, the "ANSI" of English Windows (Excel's plain
 * "CSV"), whose £ is a byte that is not UTF-8 and would otherwise turn into "�".
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
