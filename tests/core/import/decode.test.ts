import { decodeReport, decodeReportDetailed, ImportError } from '../../../src/core/import';
import {
  decodeUtf8Strict,
  decodeWindows1252,
  assertLooksLikeText,
  encodingNote,
} from '../../../src/core/import/decode';
import { render } from '../../../src/core/i18n';
import { fixtureBytes } from './helpers';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));

describe('decodeReport', () => {
  const text = 'Order ID\tComments\n111-0000001-0000001\tCafé ✓ 商品 😀\n';

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeReport(utf8(text))).toBe(text);
    expect(decodeReport(utf8(`\ufeff${text}`))).toBe(text);
  });

  it('reads UTF-16 LE and BE with a BOM, and LE without one (NUL pattern)', () => {
    expect(decodeReport(new Uint8Array([0xff, 0xfe, ...utf16le(text)]))).toBe(text);
    const be = Buffer.from(text, 'utf16le');
    be.swap16();
    expect(decodeReport(new Uint8Array([0xfe, 0xff, ...be]))).toBe(text);
    const detailed = decodeReportDetailed(utf16le(text));
    expect(detailed).toEqual({ text, encoding: 'utf-16le', guessed: true });
  });

  it('reads the UTF-16 fixtures to the same text as the UTF-8 one', () => {
    const expected = decodeReport(fixtureBytes('all-orders.txt')).replace(/\n/g, '\r\n');
    expect(decodeReport(fixtureBytes('all-orders-utf16le.txt'))).toBe(expected);
    expect(decodeReport(fixtureBytes('all-orders-utf16le-nobom.txt'))).toBe(expected);
    expect(decodeReport(fixtureBytes('all-orders-utf16be.txt'))).toBe(expected);
  });

  it('strips the BOM of an already-decoded string and accepts plain number arrays', () => {
    expect(decodeReport(`\ufeff${text}`)).toBe(text);
    expect(decodeReport(Array.from(utf8('a\tb')))).toBe('a\tb');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]); // "Café €5"
    expect(decodeReportDetailed(bytes)).toEqual({
      text: 'Café €5',
      encoding: 'windows-1252',
      guessed: true,
    });
  });

  it('names ISO-8859-1 when no byte falls in 0x80–0x9F (the same text either way)', () => {
    const bytes = new Uint8Array(Buffer.from('Größe: zu klein, Lieferung verspätet', 'latin1'));
    expect(decodeReportDetailed(bytes)).toEqual({
      text: 'Größe: zu klein, Lieferung verspätet',
      encoding: 'iso-8859-1',
      guessed: true,
    });
  });

  it('says nothing was guessed for UTF-8 and byte-order marks, and names guessed encodings', () => {
    expect(decodeReportDetailed(utf8(text)).guessed).toBe(false);
    expect(decodeReportDetailed(new Uint8Array([0xff, 0xfe, ...utf16le(text)])).guessed).toBe(
      false,
    );
    expect(encodingNote(decodeReportDetailed(utf8(text)))).toBeNull();
    const note = encodingNote({ encoding: 'shift_jis', guessed: true });
    expect(note && render('en', note)).toBe(
      'Read as Shift_JIS (Japanese, cp932), guessed from its bytes (the file does not say its encoding). If letters look wrong, save the file as UTF-8 and import it again.',
    );
    const latin = encodingNote({ encoding: 'iso-8859-1', guessed: true });
    expect(latin && render('zh', latin)).toContain('ISO-8859-1（Latin-1）');
  });

  it('rejects workbooks and PDFs with advice', () => {
    expect(() => decodeReport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toThrow(
      /Excel workbook.*Text \(Tab delimited\)/,
    );
    expect(() => decodeReport(utf8('%PDF-1.7 ...'))).toThrow(ImportError);
  });
});

describe('pure decoders (Apps Script has no TextDecoder)', () => {
  const saved = globalThis.TextDecoder;
  beforeAll(() => {
    // @ts-expect-error -- simulating Apps Script's V8, which lacks TextDecoder
    delete globalThis.TextDecoder;
  });
  afterAll(() => {
    globalThis.TextDecoder = saved;
  });

  it('decodes 1- to 4-byte sequences and surrogate pairs', () => {
    expect(typeof TextDecoder).toBe('undefined');
    const s = 'A é ✓ 商品 😀 end';
    expect(decodeUtf8Strict(utf8(s), 0)).toBe(s);
    expect(decodeReport(utf8(`\ufeff${s}`))).toBe(s);
  });

  it('decodes long inputs in chunks', () => {
    const s = 'ab€😀'.repeat(20_000);
    expect(decodeUtf8Strict(utf8(s), 0)).toBe(s);
  });

  it('rejects invalid UTF-8: stray continuation, overlong, surrogate, cut-off', () => {
    expect(decodeUtf8Strict(new Uint8Array([0x80]), 0)).toBeNull();
    expect(decodeUtf8Strict(new Uint8Array([0xc0, 0xaf]), 0)).toBeNull();
    expect(decodeUtf8Strict(new Uint8Array([0xe0, 0x80, 0xaf]), 0)).toBeNull();
    expect(decodeUtf8Strict(new Uint8Array([0xed, 0xa0, 0x80]), 0)).toBeNull();
    expect(decodeUtf8Strict(new Uint8Array([0x41, 0xe2, 0x82]), 0)).toBeNull();
  });

  it('maps the Windows-1252 range 0x80–0x9F', () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x41, 0x94, 0x96, 0xa3]), 0)).toBe('“A”–£');
  });
});

describe('assertLooksLikeText', () => {
  it('rejects binary junk and accepts ordinary text', () => {
    expect(() => assertLooksLikeText(decodeReport(fixtureBytes('junk.txt')))).toThrow(
      /not a text report|binary data/,
    );
    expect(() => assertLooksLikeText('a\tb\r\nc\td\n')).not.toThrow();
  });
});
