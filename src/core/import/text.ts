/**
 * Cell-text helpers shared by the normalisers: personal data out (odr-rules §6: `Rater Email` is
 * never shown or copied) and buyer text kept from turning into formulas when written.
 */

import { EMAIL_REPLACEMENT, redactEmails } from '../engine/text';

export { EMAIL_REPLACEMENT };

/** The import's name for the shared redaction (odr-rules §6). */
export const scrubEmails = redactEmails;

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function isNumericText(text: string): boolean {
  return NUMBER_RE.test(text.trim());
}

/** A formula would start here: = + - @ (a leading apostrophe is how Sheets marks text). */
const FORMULA_START_RE = /^'*[=+\-@]/;

/**
 * Sheets runs a written string that starts with = + - @ as a formula, so buyer text such as
 * "=HYPERLINK(…)" is prefixed with an apostrophe, which Sheets shows as plain text. Text that
 * already starts with apostrophes before such a character gets one more, so the buyer's own
 * apostrophe survives `unguardFormula`.
 */
export function guardFormula(text: string): string {
  return FORMULA_START_RE.test(text) && !isNumericText(text) ? `'${text}` : text;
}

/** The text a guarded value reads back as from the sheet: exactly one added apostrophe off. */
export function unguardFormula(text: string): string {
  return text.length > 1 && text.charAt(0) === "'" && FORMULA_START_RE.test(text.slice(1))
    ? text.slice(1)
    : text;
}

/** Clean text for a ledger cell: trimmed, e-mails removed, formula-safe. */
export function ledgerText(text: string): string {
  return guardFormula(scrubEmails(text.trim()));
}
