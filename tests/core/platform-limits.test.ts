/** Google's limits and the helpers every writer and the self-check measure with. */
import {
  CELL_CHARACTERS,
  PROPERTY_STORE_BYTES,
  PROPERTY_VALUE_BYTES,
  SPREADSHEET_CELLS,
  exceedsSpreadsheetCells,
  fitCellText,
  utf8Bytes,
} from '../../src/core/engine/platform-limits';

describe('the figures', () => {
  it('are the documented ones, the property value with a margin under the 8,066 measured', () => {
    expect(CELL_CHARACTERS).toBe(50_000);
    expect(SPREADSHEET_CELLS).toBe(10_000_000);
    expect(PROPERTY_VALUE_BYTES).toBe(8_000);
    expect(PROPERTY_VALUE_BYTES).toBeLessThan(8_066);
    expect(PROPERTY_STORE_BYTES).toBe(500_000);
  });
});

describe('utf8Bytes', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['ß and ü', 9],
    ['订单', 6],
    ['订单缺陷率', 15],
    ['😀', 4],
    ['a😀b', 6],
    ['👍🏽', 8],
  ])('counts %j as %i bytes', (text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  // A lone surrogate is written as U+FFFD (3 bytes) by Java's encoder, and so by Apps Script;
  // Node's Buffer does the same. A high surrogate followed by anything but a low one is alone.
  it.each([
    ['\ud800', 3],
    ['\udc00', 3],
    ['a\ud800b', 5],
    ['\ud83d订', 6],
    ['\ud83d\ud83d', 6],
    ['\ud83d\ud83d\ude00', 7],
    ['\ude00\ud83d', 6],
    ['x\ud83d', 4],
  ])('counts the lone surrogate in %j as 3 bytes (%i in all)', (text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('agrees with Buffer on mixed text', () => {
    const text = 'mixed 订单 😀 é \ud800 end';
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('fitCellText', () => {
  const marker = (more: number) => `…(${more.toLocaleString('en-US')} more)`;

  it('leaves a text that fits as it is', () => {
    expect(fitCellText('short', marker)).toBe('short');
    const full = 'a'.repeat(CELL_CHARACTERS);
    expect(fitCellText(full, marker)).toBe(full);
  });

  it('cuts to the limit exactly and the marker counts what was left out', () => {
    const text = 'a'.repeat(60_000);
    const cut = fitCellText(text, marker);
    expect(cut).toHaveLength(CELL_CHARACTERS);
    const m = /…\(([\d,]+) more\)$/.exec(cut);
    expect(m).not.toBeNull();
    const more = Number((m as RegExpExecArray)[1].replace(/,/g, ''));
    const kept = cut.length - marker(more).length;
    expect(kept + more).toBe(text.length);
    expect(cut.slice(0, kept)).toBe(text.slice(0, kept));
  });

  it('settles the marker when its count gains a digit', () => {
    // 1,010 characters into 20: the first guess says "990 more", the count is past 1,000.
    const cut = fitCellText('b'.repeat(1_010), marker, 20);
    expect(cut).toBe(`${'b'.repeat(7)}…(1,003 more)`);
    expect(cut).toHaveLength(20);
  });

  it('never splits a surrogate pair', () => {
    for (let limit = 15; limit <= 40; limit++) {
      const text = '😀'.repeat(30);
      const cut = fitCellText(text, marker, limit);
      expect(cut.length).toBeLessThanOrEqual(limit);
      const kept = cut.slice(0, cut.indexOf('…'));
      expect(kept).toBe('😀'.repeat(kept.length / 2));
      const more = Number(/…\(([\d,]+) more\)$/.exec(cut)?.[1]);
      expect(kept.length + more).toBe(text.length);
    }
  });

  it('keeps a whole cell of emoji under the cell limit', () => {
    const cut = fitCellText('😀'.repeat(30_000), marker);
    expect(cut.length).toBeLessThanOrEqual(CELL_CHARACTERS);
    const last = cut.charCodeAt(cut.indexOf('…') - 1);
    expect(last >= 0xdc00 && last <= 0xdfff).toBe(true);
  });
});

describe('exceedsSpreadsheetCells', () => {
  it('is true only past 10 million cells', () => {
    expect(exceedsSpreadsheetCells(9_999_000, 1_000)).toBe(false);
    expect(exceedsSpreadsheetCells(9_999_000, 1_001)).toBe(true);
    expect(exceedsSpreadsheetCells(0, SPREADSHEET_CELLS)).toBe(false);
  });
});
