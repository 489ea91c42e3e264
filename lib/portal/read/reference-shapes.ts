/**
 * Unique payment reference: SD number (8 digits) + LOC + 3-letter month + 4-digit year, with or without the -01 style
 * suffix PCSE Online adds (pcse-portal.md A3.4).
 */
export const PAYMENT_REFERENCE = /\b\d{8}LOC[A-Z]{3}\d{4}(?:-\d{2})?\b/i;

/** A form reference such as LA-000123, A-2026-000123 or LOCA/2026/000123; the real shape is unpublished (pcse-portal.md B12). */
export const FORM_REFERENCE = /\b[A-Z]{1,5}[-/](?:\d{4}[-/])?\d{3,}\b/;

/** Anything that could be a reference once a label names it: letters, digits, "-" or "/", with at least one digit. */
export const REFERENCE_TOKEN = /(?<![\w/-])(?=[A-Z0-9/-]*\d)[A-Z0-9](?:[A-Z0-9/-]{2,38}[A-Z0-9])(?![\w/-])/g;

/** A date or a plain sum is never a reference, whatever its label. */
export const NOT_A_REFERENCE = /^(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,3})$/;

/** The payment reference without PCSE's -NN suffix: what a bank transfer quotes. */
export function bacsReferenceOf(paymentReference: string): string {
  return paymentReference.replace(/-\d{2}$/, '');
}

const WHOLE_TOKEN = new RegExp(`^${REFERENCE_TOKEN.source}$`);

/** A piece of text that is a reference and nothing else: a list's reference cell or a card's title. */
export function looksLikeReference(text: string): boolean {
  const trimmed = text.trim();
  return (
    /[A-Z]/i.test(trimmed) &&
    !NOT_A_REFERENCE.test(trimmed) &&
    (PAYMENT_REFERENCE.test(trimmed) ? /^\S+$/.test(trimmed) : WHOLE_TOKEN.test(trimmed))
  );
}

/** The reference in a list's reference cell, by its shape when it has one ("LA-000123 (amended)" gives LA-000123); else the cell. */
export function referenceInCell(text: string): string {
  return (PAYMENT_REFERENCE.exec(text) ?? FORM_REFERENCE.exec(text))?.[0] ?? text.trim();
}
