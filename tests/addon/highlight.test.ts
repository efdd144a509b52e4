/**
 * Highlight and clear keep their promise (issue 11), run from the built bundle in the emulator:
 * every way the original colours were lost for good is reproduced here, and the checklist and
 * settings the sidebar saves are safe from the highlight's storage and from each other.
 */
import type { Dashboard, HighlightResult } from '../../src/core/wire/types';
import { emulateBundle, type Emulator } from '../helpers/emulator';
import { defectsRows, orderId, ordersRows, seedLiteral } from '../hardening/fixtures';

const PINK = '#f4c7c3';
const BUSY = /^Another ODR Guard command is still running/;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A clear's answer as the sidebar gets it. */
type ClearAnswer = HighlightResult;

/** Orders (40 orders, rows 2–41) and Defects naming orders 0–7 (rows 2–9 are defect rows). */
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

function sheetNamed(emulator: Emulator, name: string): Sheet {
  const sheet = emulator.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet as unknown as Sheet;
}

/** The seller's own colours: a few rows and cells, different per sheet. */
function paint(sheet: Sheet, seed: number): void {
  sheet.getRange(3, 1, 1, 4).setBackground('#00ff00');
  sheet.getRange(5, 2).setBackground(seed % 2 ? '#ffff00' : '#cfe2f3');
  sheet.getRange(12, 1, 2, 2).setBackground('#ffffff'); // a white fill, in rows not highlighted
  sheet.getRange(20, 3).setBackground('#123456');
}

function fills(emulator: Emulator, name: string, rows = 45): (string | null)[][] {
  return emulator.snapshot(name, 1, rows).fills.map((r) => r.slice(0, 6));
}

function pinkRows(emulator: Emulator, name: string): number[] {
  return emulator
    .snapshot(name, 1, 60)
    .backgrounds.map((r, i) => (r[0] === PINK ? i + 1 : 0))
    .filter(Boolean);
}

describe('reproduced: the original colours were lost for good', () => {
  it('highlighting on a second sheet keeps the first sheet’s state; Clear restores both', () => {
    const { emulator, call } = workbook();
    emulator.seedSheet('Orders 2', ordersRows(40));
    paint(sheetNamed(emulator, 'Orders'), 1);
    paint(sheetNamed(emulator, 'Orders 2'), 2);
    const before = { one: fills(emulator, 'Orders'), two: fills(emulator, 'Orders 2') };

    expect(call<HighlightResult>('highlightDefects').rows).toBe(8);
    call('setDataSources', 'Orders 2', 'Defects');
    expect(call<HighlightResult>('highlightDefects').rows).toBe(8);
    expect(pinkRows(emulator, 'Orders')).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pinkRows(emulator, 'Orders 2')).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);

    const cleared = call<ClearAnswer>('clearHighlights');
    expect(cleared.rows).toBe(16);
    expect(fills(emulator, 'Orders')).toEqual(before.one);
    expect(fills(emulator, 'Orders 2')).toEqual(before.two);
    expect(call<ClearAnswer>('clearHighlights').message).toBe('No highlights to clear.');
  });

  it('renaming the sheet keeps the state: Clear restores, and highlighting again too', () => {
    const { emulator, call } = workbook();
    const orders = sheetNamed(emulator, 'Orders');
    paint(orders, 1);
    const before = fills(emulator, 'Orders');
    call('highlightDefects');
    orders.setName('Orders 2024');
    // Highlighting the renamed sheet again must not take the pink for its own colours.
    call('highlightDefects');
    orders.setName('订单');
    const cleared = call<ClearAnswer>('clearHighlights');
    expect(cleared.message).not.toMatch(/No highlights/);
    expect(cleared.rows).toBe(8);
    expect(fills(emulator, '订单')).toEqual(before);
  });

  it('refuses before painting when the state would not fit, saying how many rows would', () => {
    // 2,500 defect rows × 30 columns, every cell its own colour.
    const header = ['order-id', 'purchase-date', 'fulfillment-channel', 'Chargeback'];
    for (let c = 5; c <= 30; c++) header.push(`note ${c}`);
    const rows: unknown[][] = [header];
    for (let i = 0; i < 2500; i++) {
      const row: unknown[] = [orderId(i), '2024-02-10', 'Merchant', 'Yes'];
      for (let c = 5; c <= 30; c++) row.push(`n${c}`);
      rows.push(row);
    }
    const { emulator, call } = emulateBundle({ sheets: { Orders: rows } });
    const sheet = sheetNamed(emulator, 'Orders');
    const colours = rows.map((_, r) =>
      header.map((__, c) => `#${(r * 30 + c + 1).toString(16).padStart(6, '0')}`),
    );
    sheet.getRange(1, 1, rows.length, 30).setBackgrounds(colours);
    const before = emulator.snapshot('Orders', 1, 2600).backgrounds;
    const props = emulator.properties('document');
    emulator.resetCalls();

    let message = '';
    try {
      call('highlightDefects');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/2500 rows/);
    const fit = Number(/up to (\d+) rows/i.exec(message)?.[1]);
    expect(fit).toBeGreaterThan(100);
    expect(fit).toBeLessThan(2500);
    expect(emulator.writeCalls()).toBe(0);
    expect(emulator.snapshot('Orders', 1, 2600).backgrounds).toEqual(before);
    expect(emulator.properties('document')).toEqual(props);
  });

  it('rows edited since (by the seller or an import) are named, and can be cleared too', () => {
    const { emulator, call } = workbook();
    const orders = sheetNamed(emulator, 'Orders');
    paint(orders, 1);
    const before = fills(emulator, 'Orders');
    call('highlightDefects');
    // The seller edits row 4; an import sets order 5's status (row 7, in a new column E).
    orders.getRange(4, 4).setValue('SKU-EDITED');
    call('importReports', [
      {
        name: 'orders.txt',
        text: [
          'amazon-order-id\tpurchase-date\tfulfillment-channel\tsku\torder-status',
          `${orderId(5)}\t2024-02-06\tMerchant\tSKU-1\tShipped`,
        ].join('\n'),
      },
    ]);
    expect(emulator.snapshot('Orders', 7, 1).values[0][4]).toBe('Shipped');
    orders.insertRowsBefore(2, 2); // and everything moves down by two

    const first = call<ClearAnswer>('clearHighlights');
    expect(first.rows).toBe(6);
    expect(first.edited).toEqual([
      { sheet: 'Orders', row: 6, orderId: orderId(2) },
      { sheet: 'Orders', row: 9, orderId: orderId(5) },
    ]);
    expect(first.message).toMatch(/row 6.*row 9|rows 6, 9/);
    expect(first.message).toContain(orderId(5));
    expect(pinkRows(emulator, 'Orders')).toEqual([6, 9]);
    // Asking again names them again: the offer stands until the seller decides.
    expect(call<ClearAnswer>('clearHighlights').edited).toHaveLength(2);
    expect(call<Dashboard>('getDashboard').highlightActive).toBe(true);

    const second = call<ClearAnswer>('clearHighlights', { includeEdited: true });
    expect(second.rows).toBe(2);
    expect(pinkRows(emulator, 'Orders')).toEqual([]);
    const after = fills(emulator, 'Orders', 47);
    expect([...after.slice(0, 1), ...after.slice(3)]).toEqual(before);
    expect(call<ClearAnswer>('clearHighlights').message).toBe('No highlights to clear.');
    expect(call<Dashboard>('getDashboard').highlightActive).toBe(false);
  });
});

describe('when a write fails', () => {
  it('highlight puts the saved state back when painting is refused (a protected row)', () => {
    const { emulator, call } = workbook();
    call('highlightDefects');
    call('clearHighlights');
    const props = emulator.properties('document');
    const before = fills(emulator, 'Orders');
    emulator.protect('Orders!A5:D5');
    expect(() => call('highlightDefects')).toThrow(/protected/);
    expect(fills(emulator, 'Orders')).toEqual(before);
    expect(emulator.properties('document')).toEqual(props);
  });

  it('clear keeps the state of a sheet it could not change and says so; a deleted sheet is forgotten', () => {
    const { emulator, call } = workbook();
    emulator.seedSheet('Orders 2', ordersRows(40));
    emulator.seedSheet('Orders 3', ordersRows(40));
    call('highlightDefects');
    call('setDataSources', 'Orders 2', 'Defects');
    call('highlightDefects');
    call('setDataSources', 'Orders 3', 'Defects');
    call('highlightDefects');
    emulator.protect('Orders 2!A3:D3');
    emulator.spreadsheet.deleteSheet(emulator.spreadsheet.getSheetByName('Orders 3') as never);
    const result = call<ClearAnswer>('clearHighlights');
    expect(result.rows).toBe(8);
    expect(result.active).toBe(true);
    expect(result.message).toMatch(/Sheet "Orders 2" could not be changed/);
    expect(result.message).toMatch(/Sheet "Orders 3" no longer exists/);
    expect(pinkRows(emulator, 'Orders')).toEqual([]);
    expect(pinkRows(emulator, 'Orders 2')).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(call<Dashboard>('getDashboard').highlightActive).toBe(true);
  });
});

describe('no fill stays no fill', () => {
  it('writes no white over unfilled cells, and touches no row it does not colour', () => {
    const { emulator, call } = workbook();
    const orders = sheetNamed(emulator, 'Orders');
    paint(orders, 1);
    const before = fills(emulator, 'Orders');
    call('highlightDefects');
    const during = fills(emulator, 'Orders');
    // Only the defect rows (2–9) changed.
    during.forEach((row, i) => {
      if (i >= 1 && i <= 8) expect(row.slice(0, 4)).toEqual([PINK, PINK, PINK, PINK]);
      else expect(row).toEqual(before[i]);
    });
    call('clearHighlights');
    expect(fills(emulator, 'Orders')).toEqual(before);
  });

  it('gives a white-filled highlighted cell back as no fill: Apps Script reads both as #ffffff', () => {
    const { emulator, call } = workbook();
    const orders = sheetNamed(emulator, 'Orders');
    orders.getRange(8, 1, 1, 2).setBackground('#ffffff');
    const before = emulator.snapshot('Orders', 1, 45).backgrounds;
    call('highlightDefects');
    call('clearHighlights');
    expect(emulator.snapshot('Orders', 1, 45).backgrounds).toEqual(before);
    expect(fills(emulator, 'Orders')[7].slice(0, 2)).toEqual([null, null]);
  });
});

describe('storage limits', () => {
  it('keeps every stored value within 8,000 UTF-8 bytes, whatever the sheet is called', () => {
    const name = '订单'.repeat(50); // 100 characters, 300 bytes
    const rows = ordersRows(1500).map((r, i) => (i === 0 ? [...r, 'Chargeback'] : [...r, 'Yes']));
    const { emulator, call } = emulateBundle({ sheets: { [name]: rows } });
    paint(sheetNamed(emulator, name), 1);
    const before = emulator.snapshot(name, 1, 1501).backgrounds;
    expect(call<HighlightResult>('highlightDefects').rows).toBe(1500);
    const values = Object.values(emulator.properties('document'));
    expect(values.length).toBeGreaterThan(2);
    for (const v of values) expect(Buffer.byteLength(v, 'utf8')).toBeLessThanOrEqual(8000);
    call('clearHighlights');
    expect(emulator.snapshot(name, 1, 1501).backgrounds).toEqual(before);
  });

  it('saving the checklist never fails because highlight state filled the store', () => {
    // Per-cell colours on 1,980 defect rows: the state alone (~509 KB as stored before the fix)
    // leaves the 500 KB store too little room for a checklist with long notes.
    const header = ['order-id', 'purchase-date', 'fulfillment-channel', 'Chargeback'];
    for (let c = 5; c <= 30; c++) header.push(`note ${c}`);
    const rows: unknown[][] = [header];
    for (let i = 0; i < 1980; i++) {
      rows.push([orderId(i), '2024-02-10', 'Merchant', 'Yes', ...header.slice(4).map(() => 'x')]);
    }
    const { emulator, call } = emulateBundle({ sheets: { Orders: rows } });
    sheetNamed(emulator, 'Orders')
      .getRange(1, 1, rows.length, 30)
      .setBackgrounds(
        rows.map((_, r) =>
          header.map((__, c) => `#${(r * 30 + c + 1).toString(16).padStart(6, '0')}`),
        ),
      );
    try {
      call('highlightDefects');
    } catch {
      // Refused for size: fine, as long as what follows works.
    }
    const dash = call<Dashboard>('getDashboard');
    const note = '申诉说明，'.repeat(100); // 500 characters of Chinese: 1,500 bytes a note
    const checklist = {
      ...dash.checklist,
      steps: dash.checklist.steps.map((s) => ({ ...s, note })),
    };
    expect(() => call('saveChecklist', checklist)).not.toThrow();
    expect(() => call('setAsOf', '2024-02-20')).not.toThrow();
    expect(() => call('setDataSources', 'Orders', null)).not.toThrow();
    const total = Object.entries(emulator.properties('document')).reduce(
      (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v),
      0,
    );
    expect(total).toBeLessThanOrEqual(500_000);
    expect(call<Dashboard>('getDashboard').checklist.steps[0].note).toBe(note);
  });
});

describe('the sidebar’s small writers', () => {
  it('setAsOf rejects impossible dates with a message and keeps the old setting', () => {
    const { call } = workbook();
    call('setAsOf', '2024-02-20');
    expect(() => call('setAsOf', '2024-02-30')).toThrow(
      /2024-02-30.*not a (real )?(calendar )?day/i,
    );
    expect(() => call('setAsOf', '2023-02-29')).toThrow(/2023-02-29/);
    expect(() => call('setAsOf', '20 Feb')).toThrow(/20 Feb/);
    expect(call<Dashboard>('getDashboard').asOfSetting).toBe('2024-02-20');
    expect(call<Dashboard>('setAsOf', '2024-02-29').asOfSetting).toBe('2024-02-29');
    expect(call<Dashboard>('setAsOf', null).asOfSetting).toBeNull();
  });

  it('speaks Chinese when rejecting a date', () => {
    const { call } = emulateBundle({ locale: 'zh_CN' });
    expect(() => call('setAsOf', '2024-02-30')).toThrow(/2024-02-30.*日期/);
  });

  it.each([
    ['saveChecklist', () => [{ steps: [], updated: null }]],
    ['setAsOf', () => ['2024-02-20']],
    ['setDataSources', () => ['Orders', 'Defects']],
  ] as const)(
    '%s waits for the document lock and writes nothing while another run holds it',
    (name, args) => {
      const { emulator, call } = workbook();
      const props = emulator.properties('document');
      const release = emulator.holdLock('document');
      expect(() => call(name, ...args())).toThrow(BUSY);
      expect(emulator.properties('document')).toEqual(props);
      release();
      expect(() => call(name, ...args())).not.toThrow();
    },
  );
});

describe('cost stays constant in rows', () => {
  /** `orders` orders, every 50th a chargeback, the seller’s colours on every 7th row. */
  function costs(orders: number) {
    const rows: unknown[][] = [['order-id', 'purchase-date', 'fulfillment-channel', 'Chargeback']];
    for (let i = 0; i < orders; i++)
      rows.push([orderId(i), '2024-01-10', 'Merchant', i % 50 === 0 ? 'Yes' : '']);
    const { emulator, call } = emulateBundle({ sheets: { Orders: rows, 'Orders 2': rows } });
    for (const name of ['Orders', 'Orders 2']) {
      const sheet = sheetNamed(emulator, name);
      sheet
        .getRange(1, 1, rows.length, 4)
        .setBackgrounds(
          rows.map((_, r) => [0, 1, 2, 3].map((c) => (r % 7 ? '#ffffff' : `#0000${c}${c}`))),
        );
    }
    const measure = (fn: string, ...args: unknown[]) => {
      emulator.resetCalls();
      call(fn, ...args);
      return { reads: emulator.readCalls(), writes: emulator.writeCalls() };
    };
    const first = measure('highlightDefects');
    call('setDataSources', 'Orders 2', null);
    const second = measure('highlightDefects');
    const again = measure('highlightDefects');
    sheetNamed(emulator, 'Orders').getRange(2, 3).setValue('edited');
    sheetNamed(emulator, 'Orders 2').getRange(52, 3).setValue('edited');
    const clear = measure('clearHighlights');
    const clearEdited = measure('clearHighlights', { includeEdited: true });
    return { first, second, again, clear, clearEdited };
  }

  it('reads and writes the same number of times for 100 and 20,000 rows, on two sheets', () => {
    const small = costs(100);
    const large = costs(20_000);
    const { clear: smallClear, ...smallRest } = small;
    const { clear: largeClear, ...largeRest } = large;
    expect(largeRest).toEqual(smallRest);
    expect(largeClear.reads).toBe(smallClear.reads);
    expect(small.first.writes).toBe(1);
    expect(small.again.writes).toBe(0); // nothing changed, nothing written
    expect(small.clear.writes).toBe(2); // one block per sheet
    // Where a block would rewrite unfilled rows between (and lose a white fill there), clear
    // writes one RangeList per colour it puts back — 4 colours and no fill — whatever the rows.
    expect(large.clear.writes).toBeLessThanOrEqual(2 * 5);
    expect(small.clearEdited.writes).toBe(2);
  });
});
