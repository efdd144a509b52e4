/**
 * Which ledger cells the import wrote, so a value the seller typed is never replaced (issue 11).
 * Each ledger row carries, in one hidden column of its own, a short code per cell the import
 * wrote: the column's id (its place in the ledger's known columns) and a hash of the value
 * written. A cell whose value no longer matches its code — or that has none — is the seller's.
 * The codes travel with their row when the seller sorts, inserts or deletes rows.
 */
import { canonicalText } from './ledger-cell';

/** Header of the hidden column: an identifier, not prose (the same in every language). */
export const FINGERPRINT_HEADER = 'odrguard:import';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Column ids are one character, so at most this many known columns per ledger. */
export const MAX_FINGERPRINT_COLUMNS = ALPHABET.length;

/** FNV-1a, 32 bits: fast, and a seller's edit changes the code. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/**
 * Three characters: one edit in 238,328 would keep the same code by chance. The hashed text is
 * canonicalText's (a type tag and the value), the same for a value written and read back.
 */
export function valueCode(value: unknown): string {
  let h = fnv1a(canonicalText(value)) % 238_328;
  let out = '';
  for (let i = 0; i < 3; i++) {
    out += ALPHABET[h % 62];
    h = Math.floor(h / 62);
  }
  return out;
}

/** Column id → value code, as read from one fingerprint cell. */
export type Fingerprint = Map<number, string>;

export function parseFingerprint(cell: unknown): Fingerprint {
  const out: Fingerprint = new Map();
  if (typeof cell !== 'string') return out;
  for (let i = 0; i + 4 <= cell.length; i += 4) {
    const id = ALPHABET.indexOf(cell[i]);
    if (id < 0) return new Map();
    out.set(id, cell.slice(i + 1, i + 4));
  }
  return out;
}

export function formatFingerprint(fp: Fingerprint): string {
  const codes: (string | undefined)[] = new Array<string | undefined>(ALPHABET.length);
  for (const [id, code] of fp) codes[id] = code;
  return formatCodes(codes);
}

/** The fingerprint text of codes indexed by column id (undefined: none). */
export function formatCodes(codes: readonly (string | undefined)[]): string {
  let out = '';
  for (let id = 0; id < codes.length; id++) {
    const code = codes[id];
    if (code !== undefined) out += ALPHABET[id] + code;
  }
  return out;
}

/** Whether a cell still holds what the import wrote there. */
export function importWrote(fp: Fingerprint, columnId: number, value: unknown): boolean {
  const code = fp.get(columnId);
  return code !== undefined && code === valueCode(value);
}
