/** Pins the emulator to Sheets' documented behaviour, so add-on tests can trust it. */
import { createEmulator, FORMULA_PLACEHOLDER, PROPERTY_VALUE_LIMIT } from '../helpers/emulator';
import type { RangeImpl, SheetImpl } from '../helpers/emulator';

function ordersSheet(): { sheet: SheetImpl; emu: ReturnType<typeof createEmulator> } {
  const emu = createEmulator({
    sheets: {
      Orders: [
        ['amazon-order-id', 'purchase-date', 'qty'],
        ['111-1', '2024-01-14', '3'],
        ['111-2', '1/2/2024', 4],
      ],
    },
  });
  const sheet = emu.spreadsheet.getSheetByName('Orders');
  if (!sheet) throw new Error('no Orders sheet');
  return { sheet, emu };
}

describe('ranges and values', () => {
  it('uses 1-based rows and columns and gives "" for blanks', () => {
    const { sheet } = ordersSheet();
    const r = sheet.getRange(1, 1, 2, 4);
    expect(r.getA1Notation()).toBe('A1:D2');
    expect(r.getValues()[0]).toEqual(['amazon-order-id', 'purchase-date', 'qty', '']);
    expect(sheet.getRange('B2').getRow()).toBe(2);
    expect(sheet.getRange('B2').getColumn()).toBe(2);
    expect(sheet.getRange(5, 5).getValue()).toBe('');
  });

  it('parses typed text into numbers and Dates in the spreadsheet zone', () => {
    const { sheet } = ordersSheet();
    const values = sheet.getRange('B2:C3').getValues();
    expect(values[0][0]).toBeInstanceOf(Date);
    expect((values[0][0] as Date).toISOString()).toBe('2024-01-14T00:00:00.000Z');
    expect((values[1][0] as Date).toISOString()).toBe('2024-01-02T00:00:00.000Z'); // en_US: M/D/Y
    expect(values[0][1]).toBe(3);
    expect(sheet.getRange('B2').getDisplayValue()).toBe('2024-01-14');
  });

  it('interprets typed dates in the spreadsheet time zone and locale', () => {
    const emu = createEmulator({
      timeZone: 'Asia/Shanghai',
      spreadsheetLocale: 'en_GB',
      sheets: { S: [['2024-01-14', '1/2/2024']] },
    });
    const [[iso, slash]] = emu.peek('S!A1:B1') as Date[][];
    expect(iso.toISOString()).toBe('2024-01-13T16:00:00.000Z');
    expect(slash.toISOString()).toBe('2024-01-31T16:00:00.000Z'); // en_GB: 1 February
  });

  it('keeps text literal under plain-text format and after an apostrophe', () => {
    const { sheet } = ordersSheet();
    const r = sheet.getRange('E1:G1');
    r.setValues([["'2024-01-14", "'=1+1", '00123']]);
    expect(r.getValues()).toEqual([['2024-01-14', '=1+1', 123]]);
    expect(r.getFormulas()).toEqual([['', '', '']]);
    const text = sheet.getRange('H1:I1').setNumberFormat('@');
    text.setValues([['=HYPERLINK("x")', '2024-01-14']]);
    expect(text.getValues()).toEqual([['=HYPERLINK("x")', '2024-01-14']]);
    expect(text.getFormulas()).toEqual([['', '']]);
    expect(text.getNumberFormats()).toEqual([['@', '@']]);
  });

  it('stores strings starting with = as formulas (injection is detectable)', () => {
    const { sheet } = ordersSheet();
    sheet.getRange('A5').setValue('=IMPORTXML("http://evil","//a")');
    expect(sheet.getRange('A5').getFormula()).toBe('=IMPORTXML("http://evil","//a")');
    expect(sheet.getRange('A5').getValue()).toBe(FORMULA_PLACEHOLDER);
  });

  it('returns Dates, numbers and booleans as written', () => {
    const { sheet } = ordersSheet();
    const d = new Date('2024-03-01T10:00:00Z');
    sheet.getRange('A6:D6').setValues([[d, 1.5, true, null]]);
    const [[gotDate, n, b, blank]] = sheet.getRange('A6:D6').getValues();
    expect(gotDate).toBeInstanceOf(Date);
    expect((gotDate as Date).getTime()).toBe(d.getTime());
    expect(gotDate).not.toBe(d);
    expect([n, b, blank]).toEqual([1.5, true, '']);
    expect(sheet.getRange('C6').getDisplayValue()).toBe('TRUE');
  });

  it('returns copies: mutating getValues output does not change the sheet', () => {
    const { sheet } = ordersSheet();
    const v = sheet.getRange('A1:A2').getValues();
    v[0][0] = 'changed';
    expect(sheet.getRange('A1').getValue()).toBe('amazon-order-id');
  });

  it('throws on a setValues dimension mismatch with Sheets’ message', () => {
    const { sheet } = ordersSheet();
    expect(() => sheet.getRange('A1:B3').setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => sheet.getRange('A1:B1').setValues([['a']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('throws outside the grid, and insertSheet gives 1000 x 26', () => {
    const emu = createEmulator();
    const s = emu.spreadsheet.insertSheet('New');
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => s.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => s.getRange(1, 27)).toThrow(/outside the dimensions/);
    expect(() => s.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => s.getRange('A1:A1001')).toThrow('Range not found');
    expect(() => emu.spreadsheet.insertSheet('New')).toThrow(
      'A sheet with the name "New" already exists. Please enter another name.',
    );
    s.insertRowsAfter(1000, 5);
    expect(s.getMaxRows()).toBe(1005);
    expect(s.getRange(1005, 1).getValue()).toBe('');
  });

  it('reads open-ended and sheet-qualified A1 notation', () => {
    const { emu, sheet } = ordersSheet();
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C1000');
    expect(emu.spreadsheet.getRange("'Orders'!A1").getValue()).toBe('amazon-order-id');
    expect(() => emu.spreadsheet.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('tracks last row and column, data range, row insertion and deletion', () => {
    const { sheet } = ordersSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    sheet.getRange('B2').setBackground('red');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A4').getValue()).toBe('111-1');
    expect(sheet.getRange('B4').getBackground()).toBe('#ff0000');
    expect(sheet.getLastRow()).toBe(5);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A2').getValue()).toBe('111-1');
    sheet.appendRow(['111-3', '2024-01-20', 1]);
    expect(sheet.getRange('A4').getValue()).toBe('111-3');
  });
});

describe('formats', () => {
  it('defaults backgrounds to #ffffff and stores colours as lower-case hex', () => {
    const { sheet } = ordersSheet();
    const r: RangeImpl = sheet.getRange('A1:B2');
    expect(r.getBackgrounds()).toEqual([
      ['#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff'],
    ]);
    r.setBackgrounds([
      ['#FFF2CC', null],
      ['#abc', 'white'],
    ]);
    expect(r.getBackgrounds()).toEqual([
      ['#fff2cc', '#ffffff'],
      ['#aabbcc', '#ffffff'],
    ]);
    r.clearFormat();
    expect(r.getBackground()).toBe('#ffffff');
  });

  it('keeps number formats, font weights, wrap and validation rules', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    const r = sheet.getRange('A1:B1');
    expect(r.getNumberFormat()).toBe('0.###############');
    r.setNumberFormat('0.00%').setFontWeight('bold').setWrap(true);
    r.setValues([[0.0125, 2]]);
    expect(r.getDisplayValues()).toEqual([['1.25%', '200.00%']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getWrap()).toBe(true);
    const rule = emu.globals.SpreadsheetApp as {
      newDataValidation(): { requireValueInList(v: string[]): { build(): unknown } };
    };
    const built = rule.newDataValidation().requireValueInList(['A', 'B']).build();
    sheet.getRange('C1').setDataValidation(built as never);
    expect(sheet.getRange('C1').getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
  });
});

describe('selection', () => {
  it('records the active range', () => {
    const { emu, sheet } = ordersSheet();
    sheet.getRange('A3:C3').activate();
    expect(emu.activeSelection()).toMatchObject({ sheet: 'Orders', a1: 'A3:C3' });
    expect(emu.spreadsheet.getActiveRange()?.getA1Notation()).toBe('A3:C3');
  });
});

describe('properties', () => {
  it('stores strings, returns null for missing keys and enforces the 8,066-byte / 500 KB limits', () => {
    const emu = createEmulator();
    const ps = emu.globals.PropertiesService as {
      getDocumentProperties(): {
        setProperty(k: string, v: string): unknown;
        getProperty(k: string): string | null;
        getProperties(): Record<string, string>;
        deleteProperty(k: string): unknown;
      };
    };
    const props = ps.getDocumentProperties();
    props.setProperty('as_of', '2024-01-31');
    expect(props.getProperty('as_of')).toBe('2024-01-31');
    expect(props.getProperty('missing')).toBeNull();
    expect(() => props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow(
      'Argument too large: value',
    );
    props.setProperty('fits', 'x'.repeat(PROPERTY_VALUE_LIMIT));
    props.deleteProperty('fits');
    for (let i = 0; i < 63; i++) props.setProperty(`k${i}`, 'x'.repeat(8000));
    expect(() => props.setProperty('k63', 'x'.repeat(8000))).toThrow(/property storage quota/);
    props.deleteProperty('as_of');
    expect(props.getProperties().as_of).toBeUndefined();
    expect(emu.properties('document').k0).toHaveLength(8000);
  });
});

describe('cache', () => {
  it('expires values and rejects values over 100 KB', () => {
    let now = 1_000_000;
    const emu = createEmulator({ now: () => now });
    const cache = (
      emu.globals.CacheService as {
        getDocumentCache(): {
          put(k: string, v: string, s?: number): void;
          get(k: string): string | null;
        };
      }
    ).getDocumentCache();
    cache.put('a', '1', 10);
    expect(cache.get('a')).toBe('1');
    now += 11_000;
    expect(cache.get('a')).toBeNull();
    expect(() => cache.put('b', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});

describe('locks', () => {
  type Lock = {
    tryLock(ms: number): boolean;
    waitLock(ms: number): void;
    releaseLock(): void;
    hasLock(): boolean;
  };
  const lockOf = (globals: Record<string, unknown>): Lock =>
    (globals.LockService as { getDocumentLock(): Lock }).getDocumentLock();

  it('is shared between two executions of the same spreadsheet', () => {
    const emu = createEmulator();
    const first = lockOf(emu.globals);
    const second = lockOf(emu.newExecution().globals);
    expect(first.tryLock(1000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    expect(second.tryLock(5000)).toBe(false);
    expect(second.hasLock()).toBe(false);
    expect(() => second.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    first.releaseLock();
    expect(second.tryLock(0)).toBe(true);
    expect(emu.simulatedMs).toBeGreaterThanOrEqual(6000);
  });

  it('can be held from outside to simulate a concurrent run', () => {
    const emu = createEmulator();
    const release = emu.holdLock('document');
    expect(lockOf(emu.globals).tryLock(100)).toBe(false);
    release();
    expect(lockOf(emu.globals).tryLock(100)).toBe(true);
    emu.finishExecution();
    expect(lockOf(emu.newExecution().globals).tryLock(0)).toBe(true);
  });
});

describe('session and utilities', () => {
  it('formats dates in an IANA zone with Java patterns', () => {
    const emu = createEmulator({ locale: 'zh_CN', timeZone: 'America/Los_Angeles' });
    const u = emu.globals.Utilities as { formatDate(d: Date, tz: string, p: string): string };
    const s = emu.globals.Session as { getActiveUserLocale(): string; getScriptTimeZone(): string };
    const d = new Date('2024-01-14T16:05:09Z');
    expect(u.formatDate(d, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm:ss Z')).toBe(
      '2024-01-15 00:05:09 +0800',
    );
    expect(u.formatDate(d, 'America/Los_Angeles', "EEE, d MMM yyyy 'at' h:mm a XXX")).toBe(
      'Sun, 14 Jan 2024 at 8:05 AM -08:00',
    );
    expect(u.formatDate(d, 'Etc/UTC', 'XXX')).toBe('Z');
    expect(s.getActiveUserLocale()).toBe('zh_CN');
    expect(s.getScriptTimeZone()).toBe('America/Los_Angeles');
  });
});

describe('ui', () => {
  it('records the add-on menu, sidebars, dialogs and alerts', () => {
    const emu = createEmulator({ addonName: 'ODR Guard' });
    const ui = (emu.globals.SpreadsheetApp as { getUi(): UiLike }).getUi();
    ui.createAddonMenu()
      .addItem('Open', 'showSidebar')
      .addSeparator()
      .addItem('Help', 'showHelp')
      .addToUi();
    const html = (emu.globals.HtmlService as HtmlLike)
      .createHtmlOutput('<p>hi</p>')
      .setTitle('ODR');
    ui.showSidebar(html);
    ui.showModalDialog(html, 'Import');
    expect(ui.alert('Done')).toBe('OK');
    expect(emu.ui.menus).toEqual([
      {
        caption: 'ODR Guard',
        addon: true,
        items: [
          { kind: 'item', caption: 'Open', functionName: 'showSidebar' },
          { kind: 'separator' },
          { kind: 'item', caption: 'Help', functionName: 'showHelp' },
        ],
      },
    ]);
    expect(emu.ui.sidebars[0]).toMatchObject({ title: 'ODR', content: '<p>hi</p>' });
    expect(emu.ui.dialogs[0]).toMatchObject({ title: 'Import', kind: 'modal' });
    expect(emu.ui.alerts[0]).toMatchObject({ prompt: 'Done', response: 'OK' });
  });
});

interface MenuLike {
  addItem(c: string, f: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}
interface UiLike {
  createAddonMenu(): MenuLike;
  showSidebar(h: unknown): void;
  showModalDialog(h: unknown, t: string): void;
  alert(p: string): string;
}
interface HtmlLike {
  createHtmlOutput(h: string): { setTitle(t: string): unknown };
}

describe('call counting', () => {
  it('counts every SpreadsheetApp-side call by method name', () => {
    const { emu, sheet } = ordersSheet();
    emu.resetCalls();
    const values = sheet.getRange(1, 1, 3, 3).getValues();
    sheet.getRange(1, 1, 3, 3).setBackgrounds(values.map((r) => r.map(() => '#ffff00')));
    sheet.getRange('A1').setValue('x');
    expect(emu.calls).toEqual({ getRange: 3, getValues: 1, setBackgrounds: 1, setValue: 1 });
    expect(emu.qualifiedCalls['Sheet.getRange']).toBe(3);
    expect(emu.readCalls()).toBe(1);
    expect(emu.writeCalls()).toBe(2);
    expect(emu.simulatedMs).toBeGreaterThan(0);
    emu.resetCalls();
    expect(emu.calls).toEqual({});
    expect(emu.simulatedMs).toBe(0);
  });

  it('keeps a 100,000-row sheet cheap to read in one call', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.insertSheet('Big');
    sheet.insertRowsAfter(1000, 99_000);
    const rows = Array.from({ length: 100_000 }, (_, i) => [`id-${i}`, i, true]);
    sheet.getRange(1, 1, rows.length, 3).setValues(rows);
    emu.resetCalls();
    const back = sheet.getRange(1, 1, 100_000, 3).getValues();
    expect(back).toHaveLength(100_000);
    expect(back[99_999]).toEqual(['id-99999', 99_999, true]);
    expect(emu.readCalls()).toBe(1);
    sheet.insertRowsAfter(1, 100_000);
    expect(sheet.getRange(100_002, 1).getValue()).toBe('id-1');
    expect(sheet.getLastRow()).toBe(200_000);
  });
});
