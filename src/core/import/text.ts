/**
 * Cell-text hygiene for the import: personal data out (docs/rules.md §6: `Rater Email` is never
 * shown or copied). Text needs no escaping: the add-on writes every text cell as plain text, so
 * nothing a buyer wrote can become a formula, a number or a date.
 */
import { EMAIL_REPLACEMENT, redactEmails } from '../engine/text';

export { EMAIL_REPLACEMENT };

/** The import's name for the shared redaction (docs/rules.md §6). */
export const scrubEmails = redactEmails;
