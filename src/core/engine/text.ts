/**
 * Buyer-written text hygiene shared by every output: e-mail addresses and phone numbers are
 * personal data and never shown or copied (docs/rules.md §6), and excerpts keep long comments
 * readable.
 *
 * The scanners are linear in the text's length: a buyer comment of 50,000 characters without a
 * space (or 50,000 `@`s) costs milliseconds. Each candidate is found from a fixed anchor (the
 * `@`, "at", or the first digit) and examined over a bounded stretch around it, so no pattern
 * can backtrack over the whole text from every position (the old single regex took 6.8 s).
 */

export const EMAIL_REPLACEMENT = '[email removed]';
export const PHONE_REPLACEMENT = '[phone removed]';

/** The spelled form's local part: RFC 5321 allows 64 characters before the @. */
const MAX_LOCAL = 64;
const MAX_SPACES = 3;

// Bound once: a global name lookup per character is slow, in a vm context (tests, the bundle
// loader) most of all.
const max = Math.max;

const LOCAL_CHAR_RE = /[\p{L}\p{N}._%+-]/u;
const SPACE_RE = /\s/;
const WORD_RE = /[\p{L}\p{N}]/u;

/** ASCII by table, the rest by regex: these run once per character of long texts. */
function isLocalChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 46 ||
      c === 95 ||
      c === 37 ||
      c === 43 ||
      c === 45
    );
  }
  return LOCAL_CHAR_RE.test(text[i]);
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE_RE.test(text[i]));
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_RE.test(text[i]);
}
/** Chinese and Japanese write numbers right beside their words (电话13800138000, 03-1234-5678に). */
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A letter or digit that glues a number into a longer token (an id such as B07XJ8C8F5). */
function gluesNumber(text: string, i: number): boolean {
  return isWordChar(text, i) && !CJK_RE.test(text[i]);
}

/** After the at-sign: host labels joined by dots (also "(dot)", "[dot]"), ending in a TLD. */
const DOMAIN_RE =
  /\s{0,3}[\p{L}\p{N}-]{1,63}(?:\s{0,3}(?:\.|\(dot\)|\[dot\])\s{0,3}[\p{L}\p{N}-]{1,63}){0,8}/uy;
/** "name at host dot com": words joined by "dot" with spaces around. */
const SPELLED_DOMAIN_RE = /\s{1,3}[\p{L}\p{N}-]{1,63}\s{1,3}dot\s{1,3}\p{L}{2,63}/iuy;
const TLD_END_RE = /(?:\.|\(dot\)|\[dot\])\s{0,3}(\p{L}{2,63})$/u;

/**
 * Where the local part before an at-sign starts, or -1 when there is none. It never reaches back
 * past `floor` (the previous at-sign), so every character is walked over at most once.
 */
function localStart(text: string, at: number, spelled: boolean, floor: number): number {
  let i = at;
  let spaces = 0;
  while (i > floor && isSpace(text, i - 1) && spaces <= MAX_SPACES) {
    i--;
    spaces++;
  }
  if ((spelled && spaces === 0) || spaces > MAX_SPACES) return -1;
  const end = i;
  // The spelled form ("name at host dot com") keeps to an address-sized local part.
  const limit = spelled ? max(floor, end - MAX_LOCAL) : floor;
  while (i > limit && isLocalChar(text, i - 1)) i--;
  return i < end ? i : -1;
}

/** The end of the domain after an at-sign (exclusive), or -1 when none follows. */
function domainEnd(text: string, from: number, spelled: boolean): number {
  if (spelled) {
    SPELLED_DOMAIN_RE.lastIndex = from;
    const m = SPELLED_DOMAIN_RE.exec(text);
    if (!m) return -1;
    const end = from + m[0].length;
    return end < text.length && isWordChar(text, end) ? -1 : end;
  }
  DOMAIN_RE.lastIndex = from;
  const m = DOMAIN_RE.exec(text);
  if (!m) return -1;
  // The last label must be a TLD of letters after a dot: trim back to the last such one.
  let candidate = m[0];
  for (;;) {
    const tld = TLD_END_RE.exec(candidate);
    if (tld) return from + candidate.length;
    const cut = candidate.search(/\s{0,3}(?:\.|\(dot\)|\[dot\])\s{0,3}[\p{L}\p{N}-]{1,63}$/u);
    if (cut <= 0) return -1;
    candidate = candidate.slice(0, cut);
  }
}

/**
 * The at-sign starting at `i`: its length (1 for `@` and `＠`, 4 for `(at)` and `[at]`, 2 for a
 * lone word "at", the spelled form), or 0 when there is none.
 */
function atSignAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 64 || c === 0xff20) return 1;
  if (c === 40 || c === 91) {
    const close = c === 40 ? 41 : 93;
    return (text.charCodeAt(i + 1) | 32) === 97 &&
      (text.charCodeAt(i + 2) | 32) === 116 &&
      text.charCodeAt(i + 3) === close
      ? 4
      : 0;
  }
  if ((c | 32) === 97 && (text.charCodeAt(i + 1) | 32) === 116) {
    const before = i > 0 && isWordChar(text, i - 1);
    const after = i + 2 < text.length && isWordChar(text, i + 2);
    return before || after ? 0 : 2;
  }
  return 0;
}

/** Replaces anything that looks like an e-mail address, also "name (at) host (dot) com". */
export function redactEmails(text: string): string {
  let out = '';
  let copied = 0;
  let floor = 0;
  for (let at = 0; at < text.length; at++) {
    const length = atSignAt(text, at);
    if (length === 0) continue;
    const after = at + length;
    const spelled = length === 2;
    const start = localStart(text, at, spelled, max(floor, copied));
    floor = after;
    if (start < 0) continue;
    const end = domainEnd(text, after, spelled);
    if (end < 0) continue;
    out += text.slice(copied, start) + EMAIL_REPLACEMENT;
    copied = end;
    floor = end;
    at = end - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const MIN_PHONE_DIGITS = 9;
const MAX_PHONE_DIGITS = 15;
/**
 * A phone-number candidate: an optional + and digit groups joined by one space, dash, dot or
 * slash-free bracket. Anchored at a digit (or +) that does not follow a letter or digit; the
 * quantifiers are bounded, so each candidate costs a constant.
 */
const PHONE_RE = /\+?\(?\d{1,11}\)?(?:[ .-]{1,2}\(?\d{1,8}\)?){0,6}/y;
/** Amazon order ids (3-7-7) are not phone numbers. */
const ORDER_ID_RE = /^\d{3}-\d{7}-\d{7}$/;
/** Dates and date-times: 2024-01-14, 14.01.2024, 2024-01-14 10 … */
const DATE_START_RE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{4})(?:\D|$)/;

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Whether a candidate run of digits reads as a phone number, not an id, date or amount. */
function looksLikePhone(candidate: string): boolean {
  const digits = digitCount(candidate);
  if (digits > MAX_PHONE_DIGITS) return false;
  if (ORDER_ID_RE.test(candidate) || DATE_START_RE.test(candidate)) return false;
  const plus = candidate.charAt(0) === '+';
  if (plus) return digits >= 7;
  if (digits < MIN_PHONE_DIGITS) return false;
  if (/^\d+$/.test(candidate)) {
    // A bare run of digits is an id more often than a phone: only mobile and national formats.
    return /^1[3-9]\d{9}$/.test(candidate) || /^0\d{9,10}$/.test(candidate);
  }
  // One dot and no other separator is a decimal number.
  if (/^\d+\.\d+$/.test(candidate)) return false;
  return true;
}

/** Replaces phone numbers (international, national, with spaces, dashes, dots or brackets). */
export function redactPhones(text: string): string {
  if (digitCount(text) < 7) return text;
  let out = '';
  let copied = 0;
  for (let start = 0; start < text.length; start++) {
    const c = text.charCodeAt(start);
    // A candidate starts at a digit, + or ( that is not inside a word or a longer number (an id
    // such as B07XJ8C8F5 or 1234567890123456789).
    if (!((c >= 48 && c <= 57) || c === 43 || c === 40)) continue;
    if (start > 0 && gluesNumber(text, start - 1)) continue;
    PHONE_RE.lastIndex = start;
    const run = PHONE_RE.exec(text);
    if (!run) continue;
    let candidate = run[0].replace(/[ .-]+$/, '');
    const end = start + candidate.length;
    if (end < text.length && gluesNumber(text, end)) {
      start = max(start, end - 1);
      continue;
    }
    if (candidate.startsWith('(') && !candidate.includes(')')) candidate = candidate.slice(1);
    if (!looksLikePhone(candidate)) {
      start = max(start, end - 1);
      continue;
    }
    const from = end - candidate.length;
    out += text.slice(copied, from) + PHONE_REPLACEMENT;
    copied = end;
    start = end - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** E-mail addresses and phone numbers out: what every message that quotes a cell must do. */
export function redactPersonal(text: string): string {
  return redactPhones(redactEmails(text));
}

export const EXCERPT_LENGTH = 160;

/** One line, e-mail addresses and phone numbers removed, cut at a word boundary near `max`. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const flat = redactPersonal(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A defect's reason with the card network's reason code put in front when it sits in a column of
 * its own: the code alone decides fraud against service (docs/rules.md §2), and a ledger or a
 * seller's sheet keeps one reason text.
 */
export function reasonWithCode(reason: string, code: string): string {
  if (code === '' || reason.includes(code)) return reason;
  return reason === '' ? code : `${code} ${reason}`;
}
