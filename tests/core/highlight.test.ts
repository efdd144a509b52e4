/**
 * The highlight's pure parts: fingerprints, the stored format (version 1 and 2), finding rows
 * again (moved, edited, gone), clear and re-highlight plans, the one background write, and the
 * storage arithmetic (UTF-8 bytes, chunks, budget, how many rows fit).
 */
import fc from 'fast-check';
import type { Cell } from '../../src/core/engine/types';
import {
  HIGHLIGHT_COLOR,
  decodeRow,
  encodeRow,
  fingerprint,
  parseHighlight,
  serializeHighlight,
  type HighlightState,
} from '../../src/core/highlight/state';
import { locateEntries, planClear, planHighlight } from '../../src/core/highlight/plan';
import { columnLetters, planBackgroundWrite } from '../../src/core/highlight/paint';
import {
  PROPERTY_STORE_BYTES,
  PROPERTY_VALUE_BYTES,
  utf8Bytes,
} from '../../src/core/engine/platform-limits';
import {
  HIGHLIGHT_BUDGET_BYTES,
  RESERVED_BYTES,
  chunkByBytes,
  entriesThatFit,
  highlightRecords,
  parseHighlightKey,
  recordBytes,
  roomForHighlight,
} from '../../src/core/highlight/storage';
import { GLOSSARY } from '../../src/core/i18n/glossary';
import { HIGHLIGHT_EN, HIGHLIGHT_ZH } from '../../src/core/i18n/highlight';

const PINK = HIGHLIGHT_COLOR;
const W = '#ffffff';

/** A sheet: header + `n` orders (id in column 0), and plain backgrounds. */
function sheet(n: number): { values: Cell[][]; backgrounds: string[][] } {
  const values: Cell[][] = [['order-id', 'date', 'sku']];
  for (let i = 1; i <= n; i++) values.push([`O-${i}`, `2024-01-${(i % 28) + 1}`, `SKU-${i}`]);
  return { values, backgrounds: values.map(() => [W, W, W]) };
}

function highlight(
  values: Cell[][],
  backgrounds: string[][],
  rows: number[],
  previous = null as HighlightState | null,
) {
  return planHighlight({
    sheetId: 7,
    sheet: 'Orders',
    values,
    backgrounds,
    rows,
    idColumn: 0,
    color: PINK,
    previous,
  });
}

describe('fingerprints', () => {
  it('change with any value, not with trailing blanks; the last two digits are the order’s', () => {
    const row: Cell[] = ['O-1', 5, 'x'];
    const f = fingerprint(row, 0);
    expect(f).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint([...row, '', ''], 0)).toBe(f);
    expect(fingerprint(['O-1', 5, 'y'], 0)).not.toBe(f);
    expect(fingerprint(['O-1', '5', 'x'], 0)).not.toBe(f); // a number is not its text
    expect(fingerprint(['O-1', 5, 'y'], 0).slice(6)).toBe(f.slice(6));
    expect(fingerprint([' O-1 ', 5, 'x'], 0).slice(6)).toBe(f.slice(6)); // id trimmed
  });

  it('version 1 (idColumn -1) hashes the whole row into all eight digits', () => {
    expect(fingerprint(['a', 1], -1)).not.toBe(fingerprint(['a', 1], 0));
    expect(fingerprint(['a', 1], -1).slice(2)).toBe(fingerprint(['a', 1], 0).slice(0, 6));
  });
});

describe('stored format', () => {
  it('round-trips run-length encoded rows, and never expands a run past a row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(W, PINK, '#00ff00'), { minLength: 1, maxLength: 40 }),
        (row) => {
          const encoded = encodeRow(row);
          expect(decodeRow(encoded)).toEqual(row);
        },
      ),
    );
    expect(decodeRow('#ffffff*1000000000000').length).toBe(18_278);
    expect(decodeRow('#ffffff*5', 3)).toEqual([W, W, W]);
  });

  it('reads back what it wrote, and reads version 1 by sheet name', () => {
    const { values, backgrounds } = sheet(5);
    const { state } = highlight(values, backgrounds, [2, 4, 5]);
    expect(parseHighlight(serializeHighlight(state))).toEqual(state);
    const v1 = JSON.stringify({
      sheet: 'Orders',
      color: PINK,
      columns: 3,
      patterns: ['#ffffff*3'],
      entries: `2.${fingerprint(values[1], -1)}.0`,
    });
    expect(parseHighlight(v1)).toMatchObject({ sheetId: null, sheet: 'Orders', idColumn: -1 });
  });

  it.each([
    'not json',
    '{}',
    '{"v":2,"entries":"1.zz.0"}',
    '{"v":2,"id":1,"sheet":"S","color":"#f4c7c3","columns":3,"idColumn":0,"patterns":[],"entries":"1.0123abcd.0"}',
    '{"v":2,"id":1,"sheet":"S","color":"#f4c7c3","columns":3,"idColumn":0,"patterns":["x"],"entries":"0.0123abcd.0"}',
    '{"v":2,"id":"1","sheet":"S","color":"#f4c7c3","columns":3,"idColumn":0,"patterns":["x"],"entries":""}',
    '{"v":2,"id":1,"sheet":"S","color":"red","columns":3,"idColumn":0,"patterns":["x"],"entries":""}',
  ])('rejects %s', (text) => {
    expect(parseHighlight(text)).toBeNull();
  });
});

describe('finding rows again', () => {
  it('finds unchanged rows where they are or where they moved', () => {
    const { values, backgrounds } = sheet(6);
    const { state, after } = highlight(values, backgrounds, [2, 5]);
    const moved = [values[0], ['new'], ...values.slice(1)];
    const bgMoved = [after[0], [W], ...after.slice(1)];
    expect(locateEntries(state, moved, bgMoved)).toEqual({ rows: [3, 6], edited: [false, false] });
  });

  it('finds an edited row by position between found rows, if still coloured and the same order', () => {
    const { values, backgrounds } = sheet(8);
    const { state, after } = highlight(values, backgrounds, [2, 4, 6]);
    const edited = values.map((r) => [...r]);
    edited[3][2] = 'EDITED'; // row 4
    const inserted = [edited[0], ['x'], ['y'], ...edited.slice(1)];
    const bg = [after[0], [W], [W], ...after.slice(1)];
    expect(locateEntries(state, inserted, bg)).toEqual({
      rows: [4, 6, 8],
      edited: [false, true, false],
    });
    // Recoloured by the seller: not taken for the edited row.
    const recoloured = bg.map((r) => [...r]);
    recoloured[5] = ['#0000ff', '#0000ff', '#0000ff'];
    expect(locateEntries(state, inserted, recoloured).rows).toEqual([4, -1, 8]);
    // Another order at that position: not it either.
    const other = inserted.map((r) => [...r]);
    other[5][0] = 'O-999';
    expect(locateEntries(state, other, bg).rows).toEqual([4, -1, 8]);
  });

  it('finds an edited row with no unchanged row left (an import touched them all)', () => {
    const { values, backgrounds } = sheet(4);
    const { state, after } = highlight(values, backgrounds, [2, 3]);
    const edited = values.map((r, i) => (i === 0 ? r : [...r, 'Shipped']));
    expect(locateEntries(state, edited, after)).toEqual({ rows: [2, 3], edited: [true, true] });
  });

  it('reports a deleted row as gone', () => {
    const { values, backgrounds } = sheet(4);
    const { state, after } = highlight(values, backgrounds, [2, 3]);
    const without = [values[0], values[1], values[3], values[4]];
    const bg = [after[0], after[1], after[3], after[4]];
    expect(locateEntries(state, without, bg).rows).toEqual([2, -1]);
  });
});

describe('clear plan', () => {
  it('restores unchanged rows, keeps edited ones (named) unless asked, forgets recoloured ones', () => {
    const { values, backgrounds } = sheet(6);
    backgrounds[2] = ['#00ff00', W, '#123456'];
    const { state, after } = highlight(values, backgrounds, [2, 3, 5, 6]);
    const now = values.map((r) => [...r]);
    now[4][2] = 'EDITED'; // row 5
    const bg = after.map((r) => [...r]);
    bg[5] = ['#0000ff', '#0000ff', '#0000ff']; // row 6 recoloured
    bg[1][1] = '#0000ff'; // one cell of row 2 recoloured
    const plain = planClear(state, now, bg, false);
    expect(plain).toMatchObject({ restored: 2, recoloured: 1, gone: 0, edited: [5] });
    expect(plain.after[1]).toEqual([W, '#0000ff', W]);
    expect(plain.after[2]).toEqual(['#00ff00', W, '#123456']);
    expect(plain.after[4]).toEqual([PINK, PINK, PINK]);
    expect(plain.remaining?.entries).toEqual([{ r: 5, f: state.entries[2].f, p: 0 }]);
    const all = planClear(plain.remaining as HighlightState, now, plain.after, true);
    expect(all).toMatchObject({ restored: 1, edited: [], remaining: null });
    expect(all.after[4]).toEqual([W, W, W]);
  });

  it('leaves the input backgrounds as they were', () => {
    const { values, backgrounds } = sheet(3);
    const { state, after } = highlight(values, backgrounds, [2]);
    const copy = after.map((r) => [...r]);
    planClear(state, values, after, true);
    expect(after).toEqual(copy);
  });
});

describe('highlighting again', () => {
  it('keeps the first colours, restores rows no longer listed, carries edited ones', () => {
    const { values, backgrounds } = sheet(6);
    backgrounds[1] = ['#00ff00', '#00ff00', '#00ff00'];
    backgrounds[3] = ['#cfe2f3', W, W];
    const first = highlight(values, backgrounds, [2, 3, 4]);
    const now = values.map((r) => [...r]);
    now[2][2] = 'EDITED'; // row 3: edited, and no longer a defect row
    const second = highlight(now, first.after, [2, 6], first.state);
    expect(second.carried).toBe(1);
    expect(second.after[3]).toEqual(['#cfe2f3', W, W]); // row 4 restored
    expect(second.after[2]).toEqual([PINK, PINK, PINK]); // row 3 still highlighted
    const byRow = new Map(
      second.state.entries.map((e) => [e.r, decodeRow(second.state.patterns[e.p])]),
    );
    expect(byRow.get(2)).toEqual(['#00ff00', '#00ff00', '#00ff00']); // not the pink
    expect(byRow.get(3)).toEqual([W, W, W]);
    expect([...byRow.keys()]).toEqual([2, 3, 6]);
    const cleared = planClear(second.state, now, second.after, true);
    expect(cleared.after).toEqual(backgrounds);
  });
});

describe('the one background write', () => {
  it('paints whole rows with one RangeList when they all become one colour', () => {
    const before = [
      [W, W],
      [W, '#00ff00'],
      [W, W],
      [W, W],
      [W, W],
    ];
    const after = [before[0], [PINK, PINK], [PINK, PINK], before[3], [PINK, PINK]];
    expect(planBackgroundWrite(before, after)).toEqual({
      kind: 'rows',
      color: PINK,
      ranges: ['A2:B3', 'A5:B5'],
      rows: 3,
    });
    // Putting the colours back: row 4 is not restored and reads '#ffffff' (no fill, or a white
    // fill — Apps Script cannot tell), so no block may write it: one RangeList per colour.
    expect(planBackgroundWrite(after, before)).toEqual({
      kind: 'cells',
      lists: [
        { color: null, ranges: ['A2:A2', 'A3:B3', 'A5:B5'] },
        { color: '#00ff00', ranges: ['B2:B2'] },
      ],
    });
    // With the row between coloured, writing it back as read changes nothing: one block.
    const coloured = before.map((row, i) => (i === 3 ? ['#0000ff', '#0000ff'] : row));
    const painted = coloured.map((row, i) => (i === 3 ? row : after[i]));
    expect(planBackgroundWrite(painted, coloured)).toMatchObject({
      kind: 'block',
      row: 2,
      column: 1,
    });
  });

  it('writes no fill as null, never white', () => {
    const before = [
      [PINK, PINK],
      [PINK, PINK],
    ];
    const after = [
      [W, W],
      [W, W],
    ];
    expect(planBackgroundWrite(before, after)).toEqual({
      kind: 'rows',
      color: null,
      ranges: ['A1:B2'],
      rows: 2,
    });
    const mixed = [
      [W, '#00ff00'],
      [PINK, PINK],
    ];
    expect(planBackgroundWrite(before, mixed)).toEqual({
      kind: 'block',
      row: 1,
      column: 1,
      colors: [[null, '#00ff00']],
    });
    expect(planBackgroundWrite(before, before)).toEqual({ kind: 'none' });
  });

  it('names columns as Sheets does', () => {
    expect([1, 26, 27, 52, 702, 703, 18278].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
      'ZZZ',
    ]);
  });
});

describe('storage arithmetic', () => {
  it('counts UTF-8 bytes as Node does, and chunks within the limit without splitting a character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 600 }),
        fc.integer({ min: 4, max: 50 }),
        (text, max) => {
          expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
          const chunks = chunkByBytes(text, max);
          expect(chunks.join('')).toBe(text);
          for (const c of chunks) expect(utf8Bytes(c)).toBeLessThanOrEqual(max);
        },
      ),
    );
    expect(
      chunkByBytes('订单'.repeat(3000)).every((c) => utf8Bytes(c) <= PROPERTY_VALUE_BYTES),
    ).toBe(true);
  });

  it('keeps the highlight budget below the store, with room for the checklist and settings', () => {
    expect(HIGHLIGHT_BUDGET_BYTES + RESERVED_BYTES).toBeLessThan(PROPERTY_STORE_BYTES);
    expect(RESERVED_BYTES).toBeGreaterThan(PROPERTY_VALUE_BYTES);
    const store = { 'odrguard.hl.1': 'x'.repeat(100_000), 'odrguard.settings': 'y'.repeat(50_000) };
    expect(roomForHighlight(store, [])).toBe(HIGHLIGHT_BUDGET_BYTES - 100_000 - 13);
    expect(roomForHighlight(store, ['odrguard.hl.1'])).toBe(HIGHLIGHT_BUDGET_BYTES);
    const crowded = { other: 'z'.repeat(300_000) };
    expect(roomForHighlight(crowded, [])).toBe(PROPERTY_STORE_BYTES - RESERVED_BYTES - 300_005);
  });

  it('stores a state in chunks under its sheet id, and says how many rows fit', () => {
    const { values, backgrounds } = sheet(3000);
    const rows = Array.from({ length: 3000 }, (_, i) => i + 2);
    const { state } = highlight(values, backgrounds, rows);
    const records = highlightRecords({ ...state, sheetId: 7 });
    const keys = Object.keys(records).map(parseHighlightKey);
    expect(keys.filter((k) => k?.chunk === -1)).toEqual([{ sheetId: 7, chunk: -1 }]);
    expect(keys.length).toBeGreaterThan(3);
    const room = Math.floor(recordBytes(records) / 2);
    const fit = entriesThatFit({ ...state, sheetId: 7 }, room);
    expect(fit).toBeGreaterThan(1000);
    expect(fit).toBeLessThan(2000);
    const prefix = (k: number) =>
      recordBytes(highlightRecords({ ...state, sheetId: 7, entries: state.entries.slice(0, k) }));
    expect(prefix(fit)).toBeLessThanOrEqual(room);
    expect(prefix(fit + 1)).toBeGreaterThan(room);
  });
});

describe('catalog section', () => {
  it('follows the glossary in Chinese', () => {
    const problems: string[] = [];
    for (const [key, english] of Object.entries(HIGHLIGHT_EN)) {
      const chinese = HIGHLIGHT_ZH[key as keyof typeof HIGHLIGHT_EN];
      for (const entry of GLOSSARY) {
        if (!entry.en.test(english.replace(/\{\w+\}/g, ' '))) continue;
        if (!chinese.includes(entry.zh)) problems.push(`${key} lacks ${entry.zh}`);
        const rest = chinese.split(entry.zh).join('');
        for (const variant of entry.avoid)
          if (rest.includes(variant)) problems.push(`${key} uses ${variant}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
