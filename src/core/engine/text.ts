/**
 * Buyer-written text hygiene shared by every output: e-mail addresses are personal data and
 * never shown or copied (odr-rules §6), and excerpts keep long comments readable.
 */

export const EMAIL_REPLACEMENT = '[email removed]';

const EMAIL_RE =
  /[\p{L}\p{N}._%+-]+\s*(?:@|＠|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\p{L}\p{N}-]+)*\s*(?:\.|\(dot\)|\[dot\])\s*\p{L}{2,}/giu;
const SPELLED_EMAIL_RE = /[\p{L}\p{N}._%+-]+\s+at\s+[\p{L}\p{N}-]+\s+dot\s+\p{L}{2,}/giu;

/** Replaces anything that looks like an e-mail address, also "name (at) host (dot) com". */
export function redactEmails(text: string): string {
  return text.replace(EMAIL_RE, EMAIL_REPLACEMENT).replace(SPELLED_EMAIL_RE, EMAIL_REPLACEMENT);
}

export const EXCERPT_LENGTH = 160;

/** One line, e-mail addresses removed, cut at a word boundary near `max` characters. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const flat = redactEmails(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
