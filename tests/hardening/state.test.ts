/**
 * Nothing lost: reversible highlighting over random backgrounds and edits, document locks
 * against a concurrent run, and stored state that survives malformed values.
 */
import fc from 'fast-check';
import type { Dashboard, HighlightResult } from '../../src/core/wire/types';
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
  ];

  it.each(KEYS.flatMap((key) => MALFORMED.map((value) => [key, value])))(
    '%s = %s: reset with a message, no crash',
    (key, value) => {
      const { emulator, call } = workbook();
      emulator.core.properties.document.map.set(key, value);
      if (key === 'odrguard.highlight.0')
        emulator.core.properties.document.map.set('odrguard.highlight', '{"chunks":1}');
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
