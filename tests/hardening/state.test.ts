/**
 * Nothing lost: reversible highlighting over random backgrounds and edits, document locks
 * against a concurrent run, and stored state that survives malformed values.
 */
import fc from 'fast-check';
import type { Dashboard, HighlightResult } from '../../src/core/wire/types';
import type { Cell } from '../../src/core/engine/types';
import { fingerprint } from '../../src/core/highlight/state';
import { emulateBundle, type Emulator } from '../helpers/emulator';
import { defectsRows, ordersRows, seedLiteral } from './fixtures';

const BUSY = /^Another ODR Guard command is still running/;
const COLOURS = ['#ffffff', '#ffff00', '#00ff00', '#cfe2f3', '#f4c7c3', '#000000'];

function workbook(orders = 40, defects = 8) {
  const env = emulateBundle();
  env.emulator.seedSheet('Orders', ordersRows(orders));
  seedLiteral(
    env.emulator,
    'Defects',
    defectsRows(
      Array.from({ length: defects }, () => ({ comment: 'late', reason: '', email: '' })),
    ),
    [3, 4, 5],
  );
  return env;
}

function backgrounds(emulator: Emulator, sheet: string): string[][] {
  const snap = emulator.snapshot(sheet, 1, 200);
  return snap.backgrounds;
}

function values(emulator: Emulator, sheet: string): unknown[][] {
  return emulator.snapshot(sheet, 1, 200).values;
}

describe('highlight then clear', () => {
  it('restores every cell over random backgrounds, with rows edited, inserted or deleted', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...COLOURS), { minLength: 4, maxLength: 4 }), {
          minLength: 41,
          maxLength: 41,
        }),
        fc.array(
          fc.record({
            op: fc.constantFrom('edit', 'insert', 'delete', 'recolour'),
            row: fc.integer({ min: 2, max: 41 }),
          }),
          { maxLength: 4 },
        ),
        (colours, edits) => {
          runs++;
          const { emulator, call } = workbook();
          const orders = emulator.spreadsheet.getSheetByName('Orders');
          if (!orders) throw new Error('no Orders');
          orders.getRange(1, 1, 41, 4).setBackgrounds(colours);
          const before = backgrounds(emulator, 'Orders');
          const valuesBefore = values(emulator, 'Orders');
          const result = call<HighlightResult>('highlightDefects');
          expect(result.rows).toBe(8);
          const lit = backgrounds(emulator, 'Orders');
          expect(lit).not.toEqual(before);

          // The seller works in the sheet: edits a row, inserts or deletes rows, recolours one.
          const edited = new Set<string>(); // fingerprints of rows the seller changed, by values
          for (const e of edits) {
            const last = orders.getLastRow();
            const row = Math.min(e.row, last);
            if (row < 2) continue;
            if (e.op === 'edit') {
              orders.getRange(row, 4).setValue(`edited ${row}`);
              edited.add(JSON.stringify(values(emulator, 'Orders')[row - 1]));
            } else if (e.op === 'insert') orders.insertRowBefore(row);
            else if (e.op === 'delete') orders.deleteRow(row);
            else {
              orders.getRange(row, 2).setBackground('#123456');
              edited.add(JSON.stringify(values(emulator, 'Orders')[row - 1]));
            }
          }
          const middle = backgrounds(emulator, 'Orders');
          const middleValues = values(emulator, 'Orders');
          call('clearHighlights');
          const after = backgrounds(emulator, 'Orders');
          const afterValues = values(emulator, 'Orders');
          // Clearing never changes a value.
          expect(afterValues).toEqual(middleValues);
          // Each row still there and unchanged by the seller has its original backgrounds back
          // (found again by its values, wherever it moved); edited rows are left as they were.
          const originalRow = new Map<string, string[]>();
          valuesBefore.forEach((v, r) => originalRow.set(JSON.stringify(v), before[r]));
          afterValues.forEach((v, r) => {
            const key = JSON.stringify(v);
            const empty = v.every((c) => c === '');
            if (empty) return;
            if (edited.has(key)) {
              // Untouched by clear: cells the seller recoloured keep the seller's colour.
              for (let c = 0; c < 4; c++) {
                if (middle[r][c] !== '#f4c7c3') expect(after[r][c]).toBe(middle[r][c]);
              }
              return;
            }
            const original = originalRow.get(key);
            if (original) expect(after[r].slice(0, 4)).toEqual(original.slice(0, 4));
          });
        },
      ),
      { numRuns: 50 },
    );
    console.log(`highlight/clear round trips: ${runs}`);
  });
});

describe('highlight then clear on two sheets, with renames and edited rows', () => {
  const PINK = '#f4c7c3';
  const CHOICES: (string | null)[] = [...COLOURS, null, null, null];

  type Op = { op: 'edit' | 'insert' | 'delete' | 'recolour'; row: number };
  const ops = fc.array(
    fc.record({
      op: fc.constantFrom<Op['op']>('edit', 'insert', 'delete', 'recolour'),
      row: fc.integer({ min: 2, max: 41 }),
    }),
    { maxLength: 4 },
  );
  const grid = fc.array(fc.array(fc.constantFrom(...CHOICES), { minLength: 4, maxLength: 4 }), {
    minLength: 41,
    maxLength: 41,
  });

  /** Rows by order id (column A): backgrounds and fills of columns A–D. */
  function byId(emulator: Emulator, sheet: string) {
    const snap = emulator.snapshot(sheet, 1, 60);
    const out = new Map<string, { bg: string[]; fill: (string | null)[] }>();
    snap.values.forEach((row, r) => {
      if (r === 0 || row[0] === '') return;
      out.set(String(row[0]), {
        bg: snap.backgrounds[r].slice(0, 4),
        fill: snap.fills[r].slice(0, 4),
      });
    });
    return out;
  }

  function work(sheet: GoogleAppsScript.Spreadsheet.Sheet, edits: Op[]): void {
    for (const e of edits) {
      const row = Math.min(e.row, sheet.getLastRow());
      if (row < 2) continue;
      if (e.op === 'edit') sheet.getRange(row, 4).setValue(`edited ${row}`);
      else if (e.op === 'insert') sheet.insertRowBefore(row);
      else if (e.op === 'delete') sheet.deleteRow(row);
      else sheet.getRange(row, 2).setBackground('#123456');
    }
  }

  it('restores both sheets; edited rows on request; no fill is never painted white', () => {
    let runs = 0;
    fc.assert(
      fc.property(grid, grid, ops, ops, fc.boolean(), (c1, c2, e1, e2, rename) => {
        runs++;
        const { emulator, call } = workbook();
        emulator.seedSheet('Orders 2', ordersRows(40));
        const one = emulator.spreadsheet.getSheetByName('Orders');
        const two = emulator.spreadsheet.getSheetByName('Orders 2');
        if (!one || !two) throw new Error('no sheets');
        one.getRange(1, 1, 41, 4).setBackgrounds(c1 as string[][]);
        two.getRange(1, 1, 41, 4).setBackgrounds(c2 as string[][]);
        const before = { one: byId(emulator, 'Orders'), two: byId(emulator, 'Orders 2') };

        call('highlightDefects');
        if (rename) one.setName('Orders (January)');
        call('setDataSources', 'Orders 2', 'Defects');
        call('highlightDefects');
        work(one as unknown as GoogleAppsScript.Spreadsheet.Sheet, e1);
        work(two as unknown as GoogleAppsScript.Spreadsheet.Sheet, e2);
        if (rename) two.setName('订单 2');
        const names = { one: one.getName(), two: two.getName() };
        const middle = { one: byId(emulator, names.one), two: byId(emulator, names.two) };

        const first = call<HighlightResult>('clearHighlights');
        // Every row it names as edited is still highlighted and really was edited.
        for (const e of first.edited) {
          const snap = emulator.snapshot(e.sheet, e.row, 1);
          expect(snap.backgrounds[0].slice(0, 4)).toContain(PINK);
          expect(String(snap.values[0][3])).toMatch(/^edited/);
          expect(e.orderId).toBe(snap.values[0][0]);
        }
        call('clearHighlights', { includeEdited: true });
        expect(call<HighlightResult>('clearHighlights').message).toBe('No highlights to clear.');

        for (const key of ['one', 'two'] as const) {
          const after = byId(emulator, names[key]);
          for (const [id, now] of after) {
            const was = before[key].get(id);
            const mid = middle[key].get(id);
            if (!was || !mid) continue;
            // Cells still in the highlight colour got their colour from before; the seller's
            // own recolouring stayed.
            const expected = mid.bg.map((c, i) => (c === PINK ? was.bg[i] : c));
            expect(now.bg).toEqual(expected);
            now.fill.forEach((f, i) => {
              if (was.fill[i] === null && mid.bg[i] === PINK) expect(f).toBeNull();
            });
          }
        }
      }),
      { numRuns: 40 },
    );
    console.log(`two-sheet highlight/clear round trips: ${runs}`);
  });

  it('reads a highlight saved by version 1 (one sheet, by name) and clears it', () => {
    const { emulator, call } = workbook();
    const orders = emulator.spreadsheet.getSheetByName('Orders');
    if (!orders) throw new Error('no Orders');
    orders.getRange(3, 1, 1, 4).setBackground('#00ff00');
    const before = backgrounds(emulator, 'Orders');
    // What version 1 stored: rows 2–9 pink, keyed by sheet name, whole-row fingerprints.
    const rows = orders.getDataRange().getValues() as Cell[][];
    const patterns = ['#ffffff*4', '#00ff00*4'];
    const entries = [2, 3, 4, 5, 6, 7, 8, 9]
      .map(
        (r, i) =>
          `${i === 0 ? '2' : '1'}.${fingerprint(rows[r - 1] as Cell[], -1)}.${r === 3 ? 1 : 0}`,
      )
      .join(',');
    orders.getRange(2, 1, 8, 4).setBackground(PINK);
    const map = emulator.core.properties.document.map;
    map.set('odrguard.highlight', JSON.stringify({ chunks: 1 }));
    map.set(
      'odrguard.highlight.0',
      JSON.stringify({ sheet: 'Orders', color: PINK, columns: 4, patterns, entries }),
    );
    expect(call<Dashboard>('getDashboard').highlightActive).toBe(true);
    expect(call<HighlightResult>('clearHighlights').rows).toBe(8);
    expect(backgrounds(emulator, 'Orders')).toEqual(before);
    expect(
      Object.keys(emulator.properties('document')).filter((k) => k.includes('highlight')),
    ).toEqual([]);
  });
});

describe('writers hold the document lock', () => {
  const writers: [string, unknown[]][] = [
    ['highlightDefects', []],
    ['clearHighlights', []],
    ['writeActionPlan', []],
    ['insertSampleData', []],
    [
      'importReports',
      [[{ name: 'orders.txt', text: 'amazon-order-id\tpurchase-date\n1\t2024-01-01' }]],
    ],
  ];
  it.each(writers)(
    '%s fails readably and writes nothing while another run holds it',
    (name, args) => {
      const { emulator, call } = workbook();
      call('highlightDefects'); // so clearHighlights has something it would do
      const sheets = emulator.core.sheets.map((s) => s.name);
      const bg = backgrounds(emulator, 'Orders');
      const props = emulator.properties('document');
      const release = emulator.holdLock('document');
      emulator.resetCalls();
      expect(() => call(name, ...args)).toThrow(BUSY);
      expect(emulator.writeCalls()).toBe(0);
      expect(emulator.core.sheets.map((s) => s.name)).toEqual(sheets);
      expect(backgrounds(emulator, 'Orders')).toEqual(bg);
      expect(emulator.properties('document')).toEqual(props);
      release();
      // Once the other run is done, the same command works.
      expect(() => call(name, ...args)).not.toThrow();
    },
  );
});

describe('persisted state survives malformed stored values', () => {
  const MALFORMED = [
    'not json',
    'null',
    '42',
    '"text"',
    '[]',
    '{}',
    '{"steps":7}',
    '{"chunks":"x"}',
    '{"chunks":-1}',
    '{"chunks":1e12}',
    '{',
  ];
  const KEYS = [
    'odrguard.settings',
    'odrguard.checklist',
    'odrguard.highlight',
    'odrguard.highlight.0',
    'odrguard.hl.0',
    'odrguard.hl.0.0',
  ];

  it.each(KEYS.flatMap((key) => MALFORMED.map((value) => [key, value])))(
    '%s = %s: reset with a message, no crash',
    (key, value) => {
      const { emulator, call } = workbook();
      emulator.core.properties.document.map.set(key, value);
      if (key === 'odrguard.highlight.0')
        emulator.core.properties.document.map.set('odrguard.highlight', '{"chunks":1}');
      if (key === 'odrguard.hl.0.0')
        emulator.core.properties.document.map.set('odrguard.hl.0', '{"v":2,"chunks":1,"length":0}');
      const dash = call<Dashboard>('getDashboard');
      expect(dash.problem).toBeNull();
      expect(dash.channels.length).toBeGreaterThan(0);
      expect(() => call('clearHighlights')).not.toThrow();
      expect(() => call('highlightDefects')).not.toThrow();
      expect(() => call('clearHighlights')).not.toThrow();
      expect(() => call('writeActionPlan')).not.toThrow();
      const again = call<Dashboard>('getDashboard');
      expect(again.problem).toBeNull();
      if (key === 'odrguard.settings' || key === 'odrguard.checklist') {
        // A value that is not a valid object was reset, and the seller told once.
        // (JSON null reads as "nothing stored yet".)
        if (value !== 'null') expect(dash.findings.join('\n')).toMatch(/reset|重置/i);
      }
    },
  );
});
