/** Japanese downloads in Shift_JIS / cp932 (issue 12): decoded by the pure decoder, detected from the bytes. */
import { decodeReportDetailed } from '../../../src/core/import';
import { decodeShiftJisStrict } from '../../../src/core/import/decode';
import { fixtureBytes } from './helpers';

const reference = new TextDecoder('shift_jis', { fatal: true });

/** Every byte pair the table covers, as browsers decode it. */
function pairs(): { bytes: Uint8Array; expected: string | null }[] {
  const out: { bytes: Uint8Array; expected: string | null }[] = [];
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead <= 0xdf) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const bytes = Uint8Array.of(lead, trail);
      let expected: string | null;
      try {
        expected = reference.decode(bytes);
      } catch {
        expected = null;
      }
      out.push({ bytes, expected });
    }
  }
  return out;
}

describe('the cp932 table', () => {
  it('decodes every double-byte code exactly as TextDecoder("shift_jis") does', () => {
    const mismatches: string[] = [];
    let defined = 0;
    for (const { bytes, expected } of pairs()) {
      const got = decodeShiftJisStrict(bytes, 0);
      if (expected !== null) defined++;
      if (got !== expected) {
        mismatches.push(`${bytes[0].toString(16)} ${bytes[1].toString(16)}: ${got} vs ${expected}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(defined).toBeGreaterThan(9_000);
  });

  it('decodes ASCII, half-width katakana and the NEC / IBM extensions Java’s Shift_JIS lacks', () => {
    const text = 'Order ｱｲｳ ①㈱Ⅲ 髙﨑 ～ － 商品が届きません';
    const bytes = new Uint8Array(
      // Encoded by hand from the table: TextEncoder cannot write Shift_JIS.
      [...text].flatMap((ch) => encodeOne(ch)),
    );
    expect(decodeShiftJisStrict(bytes, 0)).toBe(text);
  });

  it('rejects bytes that are not Shift_JIS: a lead byte at the end, a bad trail, 0xFD–0xFF', () => {
    expect(decodeShiftJisStrict(Uint8Array.of(0x41, 0x82), 0)).toBeNull();
    expect(decodeShiftJisStrict(Uint8Array.of(0x82, 0x20), 0)).toBeNull();
    expect(decodeShiftJisStrict(Uint8Array.of(0xfd), 0)).toBeNull();
  });
});

/** Shift_JIS bytes of one character, found by searching the reference decoder. */
const ENCODE = new Map<string, number[]>();
function encodeOne(ch: string): number[] {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return [code];
  if (code >= 0xff61 && code <= 0xff9f) return [code - 0xff61 + 0xa1];
  if (ENCODE.size === 0) {
    for (const { bytes, expected } of pairs()) {
      if (expected !== null && !ENCODE.has(expected)) ENCODE.set(expected, [bytes[0], bytes[1]]);
    }
  }
  const found = ENCODE.get(ch);
  if (!found) throw new Error(`no Shift_JIS code for ${ch}`);
  return found;
}

describe('detecting the encoding of a file without a byte-order mark', () => {
  it('reads a Japanese feedback download in cp932 as Shift_JIS, and says it guessed', () => {
    const decoded = decodeReportDetailed(fixtureBytes('feedback-jp-cp932.txt'));
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.guessed).toBe(true);
    expect(decoded.text).toContain('商品が届きません');
    expect(decoded.text.split(/\r?\n/)[0]).toBe(
      '日付\t評価\tコメント\t回答\t注文番号\t評価者のEメール',
    );
  });

  it('keeps Western text with curly quotes as Windows-1252: valid pairs, but no kana', () => {
    // "it’s “great”" in Windows-1252: 0x92 0x73 is also a valid Shift_JIS kanji pair.
    const bytes = new Uint8Array(Buffer.from('it\u2019s great, don\u2019t worry', 'latin1'));
    bytes[2] = 0x92;
    bytes[15] = 0x92;
    const decoded = decodeReportDetailed(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('it’s great, don’t worry');
  });

  it('keeps an ISO-8859-1 report as ISO-8859-1', () => {
    const decoded = decodeReportDetailed(fixtureBytes('feedback-latin1.txt'));
    expect(decoded.encoding).toBe('iso-8859-1');
    expect(decoded.text).toContain('Größe');
  });

  it('still reads UTF-8 Japanese as UTF-8', () => {
    const decoded = decodeReportDetailed(
      new Uint8Array(Buffer.from('注文番号\t商品が届きません\n')),
    );
    expect(decoded).toEqual({
      text: '注文番号\t商品が届きません\n',
      encoding: 'utf-8',
      guessed: false,
    });
  });

  it('decodes 10 MB of Shift_JIS in well under Apps Script’s limits', () => {
    const line = [...'商品が届きません、①㈱ｱｲｳ ABC 123\t'].flatMap((ch) => encodeOne(ch));
    const bytes = new Uint8Array(10_000_000);
    for (let i = 0; i + line.length <= bytes.length; i += line.length) bytes.set(line, i);
    const started = Date.now();
    const text = decodeShiftJisStrict(
      bytes.subarray(0, bytes.length - (bytes.length % line.length)),
      0,
    );
    const ms = Date.now() - started;
    expect(text?.startsWith('商品が届きません')).toBe(true);
    expect(ms).toBeLessThan(10_000);
  });
});
