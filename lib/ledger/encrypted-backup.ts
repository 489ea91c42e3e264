import * as z from 'zod/mini';
import { MAX_BACKUP_BYTES, NOT_JSON } from './backup';
import { validateWith } from '../shared/validation';
import { BACKUP_FORMAT, ENCRYPTED_BACKUP_FORMAT, isLargerThan, isPlainObject, megabytes, parseJsonText } from '../shared/json-file';

/** OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256 needs 600,000 iterations (310,000 in its 2021 edition). */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** A file asking for more would freeze the tab for minutes: no build of Locum Ledger writes one. */
const MAX_PBKDF2_ITERATIONS = 10_000_000;
const MIN_PASSPHRASE_LENGTH = 8;
const SALT_BYTES = 16;
/** NIST SP 800-38D §8.2: a 96-bit IV, random for each encryption. */
const IV_BYTES = 12;
const GCM_TAG_BYTES = 16;
const ENCRYPTED_BACKUP_VERSION = 1;
/** A backup at the plain limit, in base64 (4 characters for 3 bytes), plus the tag and a generous allowance for the header. */
export const MAX_ENCRYPTED_BACKUP_BYTES = Math.ceil((MAX_BACKUP_BYTES + GCM_TAG_BYTES) / 3) * 4 + 4096;

export const WRONG_PASSPHRASE = 'The passphrase is wrong, or the file was changed after it was made.';
export const PASSPHRASE_TOO_SHORT = `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`;
export const PASSPHRASE_MISSING = 'Enter the passphrase the backup was encrypted with.';
export const NOT_ENCRYPTED = 'This backup is not encrypted: restore it as it is, without a passphrase.';
export const ENCRYPTED_TOO_LARGE = `This file is larger than ${megabytes(MAX_ENCRYPTED_BACKUP_BYTES)}, the most an encrypted Locum Ledger backup can be, so it was not read.`;
export const BACKUP_TOO_LARGE_TO_ENCRYPT = `This backup is larger than ${megabytes(MAX_BACKUP_BYTES)}, the most Locum Ledger can restore, so it was not encrypted.`;
export const NOT_AN_ENCRYPTED_BACKUP = `This file is not an encrypted Locum Ledger backup: it does not start with "format": "${ENCRYPTED_BACKUP_FORMAT}".`;

/** A single character-class loop: a grouped pattern such as (?:[…]{4})* overflows V8's regexp stack on a 27 MB file. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (text: string) => text.length % 4 === 0 && BASE64.test(text);
const decodedLength = (base64: string) => (base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
const base64Bytes = (bytes: number) =>
  z.string().check(z.refine((text) => isBase64(text) && decodedLength(text) === bytes, `expected ${bytes} bytes written in base64`));
const ITERATIONS_HELP = `expected a whole number of iterations from 1 to ${MAX_PBKDF2_ITERATIONS.toLocaleString('en-GB')}`;

const EncryptedBackupFile = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(ENCRYPTED_BACKUP_VERSION),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z
      .number({ error: ITERATIONS_HELP })
      .check(z.refine((n) => Number.isSafeInteger(n) && n >= 1 && n <= MAX_PBKDF2_ITERATIONS, ITERATIONS_HELP)),
    salt: base64Bytes(SALT_BYTES),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64Bytes(IV_BYTES) }),
  ciphertext: z
    .string()
    .check(z.refine((text) => isBase64(text) && decodedLength(text) >= GCM_TAG_BYTES, 'expected the encrypted backup written in base64')),
});
type EncryptedBackupFile = z.infer<typeof EncryptedBackupFile>;

export type CryptResult = { ok: true; text: string } | { ok: false; problems: string[] };

/** btoa takes a binary string; building it in chunks keeps String.fromCharCode under the engine's argument limit. */
function bytesToBase64(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** NFC, so a passphrase with accents typed on a Mac opens a file made on Windows. */
const normalised = (passphrase: string) => passphrase.normalize('NFC');

/** Counted in characters, not UTF-16 units; spaces count, but a passphrase of nothing but spaces is refused. */
function isLongEnough(passphrase: string): boolean {
  return passphrase.trim() !== '' && [...normalised(passphrase)].length >= MIN_PASSPHRASE_LENGTH;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, ...usages: KeyUsage[]): Promise<CryptoKey> {
  const { subtle } = globalThis.crypto;
  const material = await subtle.importKey('raw', new TextEncoder().encode(normalised(passphrase)), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, usages);
}

const randomBytes = (length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/**
 * Encrypts a backup's text with a passphrase: PBKDF2-SHA-256 → AES-256-GCM, with a fresh random salt and IV every time.
 * `iterations` is a parameter only so tests can run quickly; callers keep the default.
 */
export async function encryptBackup(plainText: string, passphrase: string, iterations = DEFAULT_PBKDF2_ITERATIONS): Promise<CryptResult> {
  if (!isLongEnough(passphrase)) return { ok: false, problems: [PASSPHRASE_TOO_SHORT] };
  if (isLargerThan(plainText, MAX_BACKUP_BYTES)) return { ok: false, problems: [BACKUP_TOO_LARGE_TO_ENCRYPT] };
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  return encryptWithKey(plainText, { key, salt: bytesToBase64(salt), iterations });
}

/**
 * A passphrase's key kept for folder backups: derived once, non-extractable, with the salt and iterations every file it
 * writes records, so the ordinary Restore opens those files with the passphrase alone.
 */
export type BackupKey = { key: CryptoKey; salt: string; iterations: number };

/** Derives a folder's key; `salt` is given to share the key of backups already in the folder, otherwise a fresh one. */
export async function deriveBackupKey(
  passphrase: string,
  salt?: string,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
): Promise<{ ok: true; key: BackupKey } | { ok: false; problems: string[] }> {
  if (!isLongEnough(passphrase)) return { ok: false, problems: [PASSPHRASE_TOO_SHORT] };
  const saltBytes = salt === undefined ? randomBytes(SALT_BYTES) : base64ToBytes(salt);
  const key = await deriveKey(passphrase, saltBytes, iterations, 'encrypt', 'decrypt');
  return { ok: true, key: { key, salt: bytesToBase64(saltBytes), iterations } };
}

/** Encrypts with a key already derived; a fresh random IV every time. */
export async function encryptWithKey(plainText: string, { key, salt, iterations }: BackupKey): Promise<CryptResult> {
  if (isLargerThan(plainText, MAX_BACKUP_BYTES)) return { ok: false, problems: [BACKUP_TOO_LARGE_TO_ENCRYPT] };
  const iv = randomBytes(IV_BYTES);
  const ciphertext = new Uint8Array(
    await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plainText)),
  );
  const file: EncryptedBackupFile = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt },
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
    ciphertext: bytesToBase64(ciphertext),
  };
  return { ok: true, text: `${JSON.stringify(file, null, 2)}\n` };
}

function headerProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return NOT_AN_ENCRYPTED_BACKUP;
  if (value.format === BACKUP_FORMAT) return NOT_ENCRYPTED;
  if (value.format !== ENCRYPTED_BACKUP_FORMAT) return NOT_AN_ENCRYPTED_BACKUP;
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > ENCRYPTED_BACKUP_VERSION) {
    return `This backup was encrypted by a newer Locum Ledger (encryption version ${version}; this version reads version ${ENCRYPTED_BACKUP_VERSION}). Update Locum Ledger, then open it.`;
  }
  return undefined;
}

/** Whether the text is an encrypted backup's file (by its format marker), whatever else is wrong with it. */
export function isEncryptedBackup(text: string): boolean {
  if (isLargerThan(text, MAX_ENCRYPTED_BACKUP_BYTES)) return false;
  const json = parseJsonText(text);
  return json.ok && isPlainObject(json.value) && json.value.format === ENCRYPTED_BACKUP_FORMAT;
}

/** AES-GCM's tag fails alike for a wrong key and for changed bytes, so the two cannot be told apart, and one message names both. */
async function decryptFile(file: EncryptedBackupFile, passphraseOrKey: string | CryptoKey): Promise<CryptResult> {
  try {
    const key =
      typeof passphraseOrKey === 'string'
        ? await deriveKey(passphraseOrKey, base64ToBytes(file.kdf.salt), file.kdf.iterations, 'decrypt')
        : passphraseOrKey;
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(file.cipher.iv) },
      key,
      base64ToBytes(file.ciphertext),
    );
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, problems: [WRONG_PASSPHRASE] };
  }
}

const OTHER_PASSPHRASE =
  'This backup was encrypted with another passphrase (or on another setup): open it with its passphrase from "Backup and restore".';

function checkedFile(fileText: string): { ok: true; file: EncryptedBackupFile } | { ok: false; problems: string[] } {
  if (isLargerThan(fileText, MAX_ENCRYPTED_BACKUP_BYTES)) return { ok: false, problems: [ENCRYPTED_TOO_LARGE] };
  const json = parseJsonText(fileText);
  if (!json.ok) return { ok: false, problems: [NOT_JSON] };
  const header = headerProblem(json.value);
  if (header) return { ok: false, problems: [header] };
  const checked = validateWith(EncryptedBackupFile, json.value);
  return checked.ok ? { ok: true, file: checked.value } : checked;
}

/** Opens a folder backup with the folder's kept key: only a file with the key's own salt and iterations can be opened with it. */
export async function decryptWithKey(fileText: string, { key, salt, iterations }: BackupKey): Promise<CryptResult> {
  const checked = checkedFile(fileText);
  if (!checked.ok) return checked;
  if (checked.file.kdf.salt !== salt || checked.file.kdf.iterations !== iterations) return { ok: false, problems: [OTHER_PASSPHRASE] };
  return decryptFile(checked.file, key);
}

/** The salt and iterations an encrypted file was made with, to derive the same key from its passphrase. */
export function keyParametersOf(fileText: string): { salt: string; iterations: number } | null {
  const checked = checkedFile(fileText);
  return checked.ok ? { salt: checked.file.kdf.salt, iterations: checked.file.kdf.iterations } : null;
}

/** The backup text inside an encrypted file, or why it cannot be had. Never throws. */
export async function decryptBackup(fileText: string, passphrase: string): Promise<CryptResult> {
  if (passphrase === '') return { ok: false, problems: [PASSPHRASE_MISSING] };
  const checked = checkedFile(fileText);
  return checked.ok ? decryptFile(checked.file, passphrase) : checked;
}
