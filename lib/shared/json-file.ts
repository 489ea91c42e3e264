/** The `format` of each file Locum Ledger writes, so every importer can name the file it was given by mistake. */
export const BACKUP_FORMAT = 'locum-ledger-backup';
export const ENCRYPTED_BACKUP_FORMAT = 'locum-ledger-encrypted-backup';
export const PORTAL_PROFILE_FORMAT = 'locum-ledger-portal-profile';

/** Whether `text` is over `limitBytes` of UTF-8. Counts bytes only when the length alone cannot tell. */
export function isLargerThan(text: string, limitBytes: number): boolean {
  return text.length > limitBytes || (text.length * 3 > limitBytes && new TextEncoder().encode(text).byteLength > limitBytes);
}

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** JSON text to a value, forgiving the byte-order mark Notepad adds when a file is opened and saved. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
