import { msg, type Message } from '../i18n';
import { CP932_RUNS } from './cp932-table';
import { ImportError } from './errors';

/**
 * Turns a file's bytes into text. Seller Central downloads are UTF-8 (with or without BOM);
 * Excel's "Unicode text" export is UTF-16 LE with a BOM, and some tools drop the BOM. Japanese
 * downloads come in Shift_JIS (Windows code page 932) and some reports in ISO-8859-1 or
 * Windows-1252 (docs/rules.md §6). Apps Script's V8 has no TextDecoder, so every decoding here is
 * pure and runs the same on the server, in the browser and in tests.
 *
 * Shift_JIS is decoded here too, not by `Utilities.newBlob(bytes).getDataAsString('Shift_JIS')`
 * on the server nor by the dialog's `TextDecoder('shift_jis')`: Java's "Shift_JIS" charset is
 * JIS X 0208 only, without cp932's NEC and IBM characters (①, ㈱, Ⅲ, 髙, 﨑), and maps 〜 and −
 * differently; the browser decoder would leave pasted text and server-side tests without it, and
 * either way the encoding must first be detected from the bytes, which needs the code table
 * anyway. The table costs about 24 KB of the bundle.
 */
export type ReportBytes = Uint8Array | ArrayLike<number>;

export type Encoding =
  'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1' | 'shift_jis';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /**
   * True when the encoding was guessed from the bytes (no byte-order mark, not UTF-8): the
   * summary should say which encoding was used (`encodingNote`).
   */
  guessed: boolean;
}

/** What the import summary says about an encoding guessed from the bytes; null when none was. */
export function encodingNote(decoded: Pick<DecodedText, 'encoding' | 'guessed'>): Message | null {
  if (!decoded.guessed || decoded.encoding === 'utf-8') return null;
  return msg('importFiles.encoding.guessed', {
    encoding: msg(`importFiles.encoding.${decoded.encoding}`),
  });
}

/** Decodes bytes (or cleans an already-decoded string) into the report's text, BOM removed. */
export function decodeReport(input: ReportBytes | string): string {
  return decodeReportDetailed(input).text;
}

export function decodeReportDetailed(input: ReportBytes | string): DecodedText {
  if (typeof input === 'string') {
    return {
      text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input,
      encoding: 'utf-8',
      guessed: false,
    };
  }
  const bytes = input instanceof Uint8Array ? input : Uint8Array.from(input);
  rejectKnownBinary(bytes);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A BOM says UTF-8; bytes that are not (an editor's mistake) are still read as legacy text.
    const decoded = decodeUtf8OrLegacy(bytes, 3);
    return decoded.encoding === 'utf-8' ? { ...decoded, guessed: false } : decoded;
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes, 2, true), encoding: 'utf-16le', guessed: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes, 2, false), encoding: 'utf-16be', guessed: false };
  }
  const guess = guessUtf16WithoutBom(bytes);
  if (guess !== null) {
    const text = decodeUtf16(bytes, 0, guess === 'utf-16le');
    return {
      text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
      encoding: guess,
      guessed: true,
    };
  }
  return decodeUtf8OrLegacy(bytes, 0);
}

/** Zip (xlsx), PDF and old Excel files get a message that says what to do instead. */
function rejectKnownBinary(bytes: Uint8Array): void {
  const starts = (...sig: number[]): boolean =>
    bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    throw new ImportError(msg('import.error.zip'));
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new ImportError(msg('import.error.xls'));
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) {
    throw new ImportError(msg('import.error.pdf'));
  }
}

/**
 * UTF-16 without a BOM: ASCII-heavy text then has a NUL in every other byte (odd positions for
 * little-endian). Only the first 4 KB are sampled; both halves must look right.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

const CHUNK = 8192;

function codeUnitsToString(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[],
    );
  }
  return out;
}

export function decodeUtf16(bytes: Uint8Array, from: number, littleEndian: boolean): string {
  const count = (bytes.length - from) >> 1;
  const units = new Uint16Array(count);
  for (let i = 0, p = from; i < count; i++, p += 2) {
    units[i] = littleEndian ? bytes[p] | (bytes[p + 1] << 8) : (bytes[p] << 8) | bytes[p + 1];
  }
  // An odd trailing byte is a cut-off file; it cannot be a character, so it is dropped.
  return codeUnitsToString(units, count);
}

/**
 * Strict UTF-8; null at the first invalid sequence so the caller can fall back to Windows-1252,
 * which is what older EU flat files and Excel's "CSV" (not "CSV UTF-8") are written in.
 */
export function decodeUtf8Strict(bytes: Uint8Array, from: number): string | null {
  if (typeof TextDecoder !== 'undefined') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
        bytes.subarray(from),
      );
    } catch {
      return null;
    }
  }
  const units = new Uint16Array(bytes.length - from);
  let n = 0;
  let i = from;
  const end = bytes.length;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      units[n++] = b;
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      min = 0x10000;
    } else {
      return null;
    }
    if (i + need > end - 1) return null; // cut off mid-character
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      units[n++] = 0xd800 | (v >> 10);
      units[n++] = 0xdc00 | (v & 0x3ff);
    } else {
      units[n++] = cp;
    }
    i += need + 1;
  }
  return codeUnitsToString(units, n);
}

/** Windows-1252 bytes 0x80–0x9F; the rest of the code page equals Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array, from: number): string {
  const units = new Uint16Array(bytes.length - from);
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    units[i - from] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
  }
  return codeUnitsToString(units, units.length);
}

/**
 * Not UTF-8: Shift_JIS when every byte pair is valid Shift_JIS and the text reads as Japanese,
 * else the Western single-byte code page. ISO-8859-1 and Windows-1252 agree except on
 * 0x80–0x9F (control codes in ISO-8859-1, curly quotes and € in Windows-1252), so the text is
 * the same; the name says which the bytes fit.
 */
function decodeUtf8OrLegacy(bytes: Uint8Array, from: number): DecodedText {
  const text = decodeUtf8Strict(bytes, from);
  if (text !== null) return { text, encoding: 'utf-8', guessed: false };
  const japanese = decodeShiftJisStrict(bytes, from);
  if (japanese !== null && readsAsJapanese(japanese)) {
    return { text: japanese, encoding: 'shift_jis', guessed: true };
  }
  let c1 = false;
  for (let i = from; i < bytes.length && !c1; i++) c1 = bytes[i] >= 0x80 && bytes[i] <= 0x9f;
  return {
    text: decodeWindows1252(bytes, from),
    encoding: c1 ? 'windows-1252' : 'iso-8859-1',
    guessed: true,
  };
}

// ---- Shift_JIS (Windows code page 932) ------------------------------------------------------

const POINTERS = 188 * 60;
const PUA_FROM = 8836;
const PUA_TO = 10715;
let cp932: Uint16Array | null = null;

/** The double-byte table by pointer, built once from its runs (0: no character). */
function cp932Table(): Uint16Array {
  if (cp932) return cp932;
  const table = new Uint16Array(POINTERS);
  for (const [start, chars] of CP932_RUNS) {
    for (let i = 0; i < chars.length; i++) table[start + i] = chars.charCodeAt(i);
  }
  for (let p = PUA_FROM; p <= PUA_TO; p++) table[p] = 0xe000 + (p - PUA_FROM);
  cp932 = table;
  return table;
}

/**
 * Strict Shift_JIS as browsers decode it (WHATWG Encoding Standard): ASCII, half-width katakana
 * 0xA1–0xDF, and double-byte characters led by 0x81–0x9F or 0xE0–0xFC. Null at the first byte
 * that is not valid Shift_JIS, so the caller can try another encoding.
 */
export function decodeShiftJisStrict(bytes: Uint8Array, from: number): string | null {
  const table = cp932Table();
  const units = new Uint16Array(bytes.length - from);
  let n = 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      units[n++] = b;
    } else if (b >= 0xa1 && b <= 0xdf) {
      units[n++] = 0xff61 + (b - 0xa1);
    } else if ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) {
      const t = bytes[i + 1];
      if (t === undefined || t < 0x40 || t === 0x7f || t > 0xfc) return null;
      const pointer = (b - (b < 0xa0 ? 0x81 : 0xc1)) * 188 + (t - (t < 0x7f ? 0x40 : 0x41));
      const code = table[pointer];
      if (code === 0) return null;
      units[n++] = code;
      i++;
    } else {
      return null;
    }
  }
  return codeUnitsToString(units, n);
}

/**
 * Whether decoded text reads as Japanese rather than Western text that happens to form valid
 * Shift_JIS pairs (Windows-1252 "it’s" is the pair 0x92 0x73, a kanji): some kana, and nearly all
 * characters beyond ASCII Japanese script or full-width forms, none from the user-defined area.
 */
function readsAsJapanese(text: string): boolean {
  let kana = 0;
  let japanese = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) {
      kana++;
      japanese++;
    } else if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff01 && c <= 0xff65) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0x2460 && c <= 0x24ff) ||
      (c >= 0x2160 && c <= 0x217f) ||
      (c >= 0x3200 && c <= 0x33ff)
    ) {
      japanese++;
    } else {
      other++;
    }
  }
  return kana > 0 && japanese >= 0.9 * (japanese + other);
}

/**
 * Rejects text that is really binary (NULs, many control characters): parsing it would
 * "succeed" with garbage headers and a confusing message.
 */
export function assertLooksLikeText(text: string): void {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      throw new ImportError(msg('import.error.binary'));
    }
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (n > 0 && control > Math.max(4, n * 0.02)) {
    throw new ImportError(msg('import.error.notText'));
  }
}
