/**
 * The sidebar's server side, run from the built bundle in the Apps Script emulator.
 */
import type { Dashboard, HighlightResult } from '../../src/core/wire/types';
import { emulateBundle } from '../helpers/emulator';

function withSample(locale = 'en') {
  const env = emulateBundle({ locale });
  env.call('insertSampleData');
  return env;
}

/** An orders sheet of `orders` orders (every 50th with a chargeback) for cost tests. */
function bigOrders(orders: number): unknown[][] {
  const rows: unknown[][] = [
    ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'Chargeback'],
  ];
  for (let i = 0; i < orders; i++) {
    rows.push([
      `111-${String(i).padStart(7, '0')}-0000000`,
      `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      i % 3 ? 'Merchant' : 'Amazon',
      i % 50 === 0 ? 'Yes' : '',
    ]);
  }
  return rows;
}

describe('menu', () => {
  it('builds the add-on menu and nothing else in onOpen', () => {
    const { emulator, call } = emulateBundle();
    emulator.resetCalls();
    call('onOpen', { authMode: 'NONE' });
    const items = emulator.ui.menus[0]?.items
      .map((i) => ('functionName' in i ? i.functionName : null))
      .filter(Boolean);
    expect(items).toEqual([
      'showSidebar',
      'highlightDefects',
      'clearHighlights',
      'writeActionPlan',
      'showImportDialog',
      'insertSampleData',
      'insertTemplates',
      'checkSpreadsheet',
      'showHelp',
    ]);
    expect(emulator.readCalls()).toBe(0);
    expect(emulator.writeCalls()).toBe(0);
  });

  it('speaks Chinese for a zh locale', () => {
    const { emulator, call } = emulateBundle({ locale: 'zh_CN' });
    call('onOpen', {});
    expect(emulator.ui.menus[0]?.items.map((i) => ('caption' in i ? i.caption : ''))).toContain(
      '打开 ODR 仪表板',
    );
  });
});

describe('dashboard on the sample data', () => {
  it('shows ODR per channel with the engine’s figures', () => {
    const { call } = withSample();
    const dash = call<Dashboard>('getDashboard');
    expect(dash.problem).toBeNull();
    expect(dash.sources.ordersSheet).toBe('Orders');
    expect(dash.sources.defectsSheet).toBe('Defects');
    const [mfn, afn] = dash.channels;
    expect(mfn.scope).toBe('MFN');
    expect(mfn.status).toBe('AT RISK');
    expect(mfn.defective).toBe(7);
    expect(mfn.pointsPerDefect).toBeCloseTo(100 / mfn.orders, 12);
    expect(mfn.ordersNeeded).toBe(701 - mfn.orders);
    expect(mfn.backUnderTargetOn).not.toBeNull();
    expect(afn.scope).toBe('AFN');
    expect(afn.status).toBe('OK');
    expect(afn.backUnderTargetOn).toBeNull();
    expect(dash.defects).toHaveLength(9);
    expect(dash.missedTargets).toHaveLength(1);
    expect(dash.missedTargets[0]).toMatch(/^MFN Order Defect Rate 1\.\d\d% misses the target/);
    expect(dash.findings.join('\n')).toMatch(/999-0000000-0000001 is not in the orders range/);
  });

  it('lists defect orders with comments, deadlines and their rows', () => {
    const { call, emulator } = withSample();
    const dash = call<Dashboard>('getDashboard');
    const broken = dash.defects.find((d) => d.comment.startsWith('The vase arrived broken'));
    expect(broken?.types).toEqual(['negativeFeedback']);
    expect(broken?.deadline?.kind).toBe('feedbackRemoval');
    const orders = emulator.peek('Orders!A1:B1153');
    expect(orders[(broken?.row ?? 0) - 1][0]).toBe(broken?.orderId);
    const chargeback = dash.defects.find((d) => d.types.includes('chargeback'));
    expect(chargeback?.deadline?.kind).toBe('chargebackResponse');
  });

  it('selects a defect order’s row', () => {
    const { call, emulator } = withSample();
    const [first] = call<Dashboard>('getDashboard').defects;
    call('selectDefectRow', first.sheet, first.row);
    const selection = emulator.activeSelection();
    expect(selection?.sheet).toBe('Orders');
    expect(selection?.a1).toBe(`A${first.row}:G${first.row}`);
  });

  it('persists the as_of choice and the data sources', () => {
    const { call } = withSample();
    const dash = call<Dashboard>('setAsOf', '2020-01-01');
    expect(dash.problem).toMatch(/No orders in the 60-day window 2019-11-03 to 2020-01-01/);
    expect(call<Dashboard>('getDashboard').asOfSetting).toBe('2020-01-01');
    expect(call<Dashboard>('setAsOf', null).problem).toBeNull();
    const noDefects = call<Dashboard>('setDataSources', 'Orders', '');
    expect(noDefects.sources.defectsSheet).toBeNull();
    expect(noDefects.channels[0].defective).toBe(0);
  });

  it('puts Amazon’s imported figures beside ours for Amazon’s own window', () => {
    const { call, emulator } = withSample();
    const dash = call<Dashboard>('getDashboard');
    const props = emulator.globals
      .PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    const figures = [
      {
        scope: 'MFN',
        from: dash.window?.start,
        to: dash.window?.end,
        orders: 500,
        defective: 7,
        rate: 0.014,
      },
      { scope: 'AFN', from: '2020-01-01', to: '2020-02-29', orders: 10, defective: 0, rate: 0 },
    ];
    props.getDocumentProperties().setProperty('odrguard.amazonFigures', JSON.stringify(figures));
    const [mfn, afn] = call<Dashboard>('getDashboard').amazonFigures;
    expect(mfn.ours).toEqual({
      orders: dash.channels[0].orders,
      defective: 7,
      rate: dash.channels[0].rate,
    });
    // Amazon's AFN window is long before the sample: none of our orders fall in it.
    expect(afn.ours).toEqual({ orders: 0, defective: 0, rate: null });
  });

  it('says the data notes in Chinese for a Chinese user', () => {
    const { call } = withSample('zh_CN');
    const findings = call<Dashboard>('getDashboard').findings;
    expect(findings[0]).toMatch(
      /^下面有1条提示需要查看。\d+行订单，共\d+个订单（MFN \d+，AFN \d+）/,
    );
    expect(findings.join('\n')).toContain('订单999-0000000-0000001不在订单范围内');
    expect(findings.join('\n')).toContain('缺陷表第9行：未计入：索赔被拒绝。');
  });

  it('guides a seller with no orders sheet', () => {
    const { call } = emulateBundle();
    expect(call<Dashboard>('getDashboard').problem).toMatch(/No orders sheet found/);
  });

  it('survives malformed stored state with a message', () => {
    const { call, emulator } = withSample();
    const props = emulator.globals
      .PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    props.getDocumentProperties().setProperty('odrguard.settings', '{not json');
    props.getDocumentProperties().setProperty('odrguard.checklist', '[1,2');
    const dash = call<Dashboard>('getDashboard');
    expect(dash.problem).toBeNull();
    expect(dash.findings.slice(0, 2)).toEqual([
      'The saved settings could not be read and were reset.',
      'The saved checklist could not be read and was reset.',
    ]);
    expect(dash.checklist.steps).toHaveLength(5);
  });

  it('saves the checklist', () => {
    const { call } = withSample();
    const state = call<Dashboard>('getDashboard').checklist;
    state.steps[1].done[0] = true;
    state.steps[1].note = 'MFN misses target';
    call('saveChecklist', state);
    const again = call<Dashboard>('getDashboard').checklist;
    expect(again.steps[1].done[0]).toBe(true);
    expect(again.steps[1].note).toBe('MFN misses target');
  });
});

describe('highlight and clear', () => {
  it('colours the defect rows and restores exactly the backgrounds from before', () => {
    const { call, emulator } = withSample();
    const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActive()
      .getSheetByName('Orders') as GoogleAppsScript.Spreadsheet.Sheet;
    // The seller's own colours: a yellow cell and a green row.
    sheet.getRange('C5').setBackground('#ffff00');
    sheet.getRange('A10:G10').setBackground('#00ff00');
    const before = sheet.getDataRange().getBackgrounds();
    const result = call<HighlightResult>('highlightDefects');
    expect(result.rows).toBeGreaterThanOrEqual(9);
    const during = sheet.getDataRange().getBackgrounds();
    const coloured = during.filter((row) => row.every((c) => c === '#f4c7c3')).length;
    expect(coloured).toBe(result.rows);
    // Highlighting again does not lose the original colours.
    call('highlightDefects');
    const cleared = call<HighlightResult>('clearHighlights');
    expect(cleared.rows).toBe(result.rows);
    expect(sheet.getDataRange().getBackgrounds()).toEqual(before);
    expect(call<HighlightResult>('clearHighlights').message).toBe('No highlights to clear.');
  });

  it('leaves rows the seller edited or recoloured since, and follows rows that moved', () => {
    const { call, emulator } = withSample();
    const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActive()
      .getSheetByName('Orders') as GoogleAppsScript.Spreadsheet.Sheet;
    call('highlightDefects');
    const bg = sheet.getDataRange().getBackgrounds();
    const rows = bg.map((r, i) => (r[0] === '#f4c7c3' ? i + 1 : 0)).filter(Boolean);
    const [edited, recoloured] = rows;
    sheet.getRange(edited, 4).setValue('EDITED-SKU');
    sheet.getRange(recoloured, 1, 1, 7).setBackground('#0000ff');
    sheet.insertRowsBefore(2, 3); // every row moves down by 3
    const result = call<HighlightResult>('clearHighlights');
    expect(result.message).toMatch(/2 rows were left as they are/);
    const after = sheet.getDataRange().getBackgrounds();
    expect(after[edited + 3 - 1].every((c) => c === '#f4c7c3')).toBe(true);
    expect(after[recoloured + 3 - 1].every((c) => c === '#0000ff')).toBe(true);
    const stillHighlighted = after.filter((r) => r[0] === '#f4c7c3').length;
    expect(stillHighlighted).toBe(1);
  });
});

describe('highlight at its limit', () => {
  /** `orders` orders, every one a chargeback: every row is a defect row. */
  function allDefective(orders: number): unknown[][] {
    const rows: unknown[][] = [
      ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'Chargeback'],
    ];
    for (let i = 0; i < orders; i++) {
      rows.push([`111-${String(i).padStart(7, '0')}-0000000`, '2024-01-10', 'Merchant', 'Yes']);
    }
    return rows;
  }

  it('remembers 20,000 rows within the document’s 500 KB of properties, and restores them', () => {
    const { call, emulator } = emulateBundle({ sheets: { Orders: allDefective(20_000) } });
    expect(call<HighlightResult>('highlightDefects').rows).toBe(20_000);
    const stored = Object.entries(emulator.properties('document')).reduce(
      (n, [k, v]) => n + k.length + v.length,
      0,
    );
    expect(stored).toBeLessThan(300_000);
    expect(call<HighlightResult>('clearHighlights').rows).toBe(20_000);
    const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActive()
      .getSheetByName('Orders') as GoogleAppsScript.Spreadsheet.Sheet;
    expect(new Set(sheet.getDataRange().getBackgrounds().flat())).toEqual(new Set(['#ffffff']));
  });

  it('refuses more rows than it can restore, saying so, and changes nothing', () => {
    const { call, emulator } = emulateBundle({ sheets: { Orders: allDefective(20_001) } });
    emulator.resetCalls();
    expect(() => call('highlightDefects')).toThrow(
      /20001 rows are too many to highlight reversibly/,
    );
    expect(emulator.writeCalls()).toBe(0);
  });
});

describe('cost is constant in rows', () => {
  function costs(orders: number) {
    const { call, emulator } = emulateBundle({ sheets: { Orders: bigOrders(orders) } });
    const measure = (fn: string) => {
      emulator.resetCalls();
      call(fn);
      return { reads: emulator.readCalls(), writes: emulator.writeCalls() };
    };
    return {
      dashboard: measure('getDashboard'),
      highlight: measure('highlightDefects'),
      clear: measure('clearHighlights'),
    };
  }

  it('reads and writes the same number of times for 100 and 100,000 rows', () => {
    const small = costs(100);
    const large = costs(100_000);
    expect(large).toEqual(small);
    expect(small.highlight.writes).toBe(1);
    expect(small.clear.writes).toBe(1);
    expect(small.dashboard.writes).toBe(0);
  });
});

describe('what the sidebar shows for the appeal', () => {
  type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

  function sheetOf(env: ReturnType<typeof withSample>, name: string): Sheet {
    const sheet = (
      env.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    )
      .getActive()
      .getSheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** A negative feedback typed into the sample's Defects ledger for `orderId`. */
  function addFeedback(sheet: Sheet, orderId: string, date: Date, comment: string): number {
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    sheet.appendRow(
      header.map((h) =>
        h === 'Order ID'
          ? orderId
          : h === 'Type'
            ? 'Negative feedback'
            : h === 'Rating'
              ? 1
              : h === 'Comment'
                ? comment
                : h === 'Defect date'
                  ? date
                  : '',
      ),
    );
    return sheet.getLastRow();
  }

  const DAY = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  it('lists the negative feedback Amazon may remove, with the reason, the deadline and the rate', () => {
    const env = withSample();
    const before = env.call<Dashboard>('getDashboard');
    // The sample's one candidate: an FBA order's feedback about a damaged delivery.
    expect(before.removal.candidates.map((c) => [c.channel, c.reason, c.passed])).toEqual([
      ['AFN', 'fbaDelivery', false],
    ]);
    const [fba] = before.removal.candidates;
    expect(fba.requestBy).toBe(iso(Date.parse(`${fba.feedbackDate}T00:00:00Z`) + 90 * DAY));
    const afn = before.channels.find((c) => c.scope === 'AFN') as Dashboard['channels'][number];
    expect(before.removal.ifRemoved).toEqual([
      expect.objectContaining({
        scope: 'AFN',
        candidates: 1,
        rate: afn.rate,
        rateIfRemoved: (afn.defective - 1) / afn.orders,
      }),
    ]);
    expect(before.removal.ifRemoved[0].sentence).toMatch(/^If Amazon removed it, AFN .* would be/);

    // Two MFN orders without a defect get a feedback with personal information: one recent,
    // one whose 90 days are over.
    const defects = sheetOf(env, 'Defects');
    const defective = new Set(before.defects.map((d) => d.orderId));
    const orders = [
      ...new Set(
        sheetOf(env, 'Orders')
          .getDataRange()
          .getValues()
          .filter((r) => r[2] === 'Merchant' && !defective.has(String(r[0])))
          .map((r) => String(r[0])),
      ),
    ];
    const [recent, old] = [orders[orders.length - 1], orders[orders.length - 2]];
    const today = Date.parse(`${before.today}T00:00:00Z`);
    const recentRow = addFeedback(
      defects,
      recent,
      new Date(today - 2 * DAY),
      'Call me on 555-123-4567',
    );
    addFeedback(defects, old, new Date(today - 95 * DAY), 'Write to me at buyer@example.com');

    const after = env.call<Dashboard>('getDashboard');
    const mfn = after.channels.find((c) => c.scope === 'MFN') as Dashboard['channels'][number];
    const byOrder = new Map(after.removal.candidates.map((c) => [c.orderId, c]));
    expect(byOrder.get(recent)).toMatchObject({
      channel: 'MFN',
      reason: 'personalInfo',
      passed: false,
      row: recentRow,
      source: 'defects',
    });
    expect(byOrder.get(old)).toMatchObject({ reason: 'personalInfo', passed: true });
    // The buyer's e-mail address is not passed on.
    expect(JSON.stringify(after.removal)).not.toContain('buyer@example.com');
    // Only the one still within its 90 days counts in "if removed".
    expect(after.removal.ifRemoved.find((r) => r.scope === 'MFN')).toMatchObject({
      candidates: 1,
      rate: mfn.rate,
      rateIfRemoved: (mfn.defective - 1) / mfn.orders,
    });
  });

  it('gives each defect order all its item rows, and selects them all', () => {
    const env = withSample();
    const dash = env.call<Dashboard>('getDashboard');
    const values = sheetOf(env, 'Orders').getDataRange().getValues();
    for (const item of dash.defects) {
      const expected = values
        .map((r, i) => (String(r[0]) === item.orderId ? i + 1 : 0))
        .filter((r) => r > 0);
      expect(item.rows).toEqual(expected);
      expect(item.row).toBe(expected[0]);
    }
    const multi = dash.defects.find((d) => d.rows.length > 1);
    if (!multi) throw new Error('the sample has no defect order with several items');
    env.call('selectDefectRow', multi.sheet, multi.row, multi.rows);
    const selection = env.emulator.activeSelection();
    expect(selection?.a1).toBe(`A${multi.rows[0]}:G${multi.rows[multi.rows.length - 1]}`);
    // An older sidebar that sends only the first row still selects it.
    env.call('selectDefectRow', multi.sheet, multi.row);
    expect(env.emulator.activeSelection()?.a1).toBe(`A${multi.row}:G${multi.row}`);
    expect(() => env.call('selectDefectRow', multi.sheet, multi.row, [multi.row, 1e7])).toThrow(
      /Row 10000000 is not in sheet "Orders"/,
    );
  });

  it('selects an order’s rows that are apart as one selection of several ranges', () => {
    const env = withSample();
    const orders = sheetOf(env, 'Orders');
    const single = env.call<Dashboard>('getDashboard').defects.find((d) => d.rows.length === 1);
    if (!single) throw new Error('no single-item defect order');
    // A later item of the same order, appended at the end (as a re-import may add it).
    const first = orders.getRange(single.row, 1, 1, 7).getValues()[0];
    orders.appendRow([...first.slice(0, 3), 'EXTRA-SKU', 'Extra item', 1, 9.99]);
    const last = orders.getLastRow();
    const item = env
      .call<Dashboard>('getDashboard')
      .defects.find((d) => d.orderId === single.orderId);
    expect(item?.rows).toEqual([single.row, last]);
    env.call('selectDefectRow', item?.sheet, item?.row, item?.rows);
    const selection = env.emulator.activeSelection();
    expect(selection?.ranges).toEqual([`A${single.row}:G${single.row}`, `A${last}:G${last}`]);
    expect(env.emulator.qualifiedCalls['RangeList.activate']).toBe(1);
  });

  it('answers getDataVersion from one property, reading no sheet', () => {
    const env = withSample();
    const dash = env.call<Dashboard>('getDashboard');
    env.emulator.resetCalls();
    const version = env.call<string>('getDataVersion');
    expect(version).toBe(dash.dataVersion);
    const calls = Object.keys(env.emulator.qualifiedCalls);
    expect(calls.filter((c) => !c.startsWith('Properties'))).toEqual([]);
    expect(env.emulator.readCalls()).toBe(0);
    expect(env.emulator.writeCalls()).toBe(0);
  });
});

describe('Help', () => {
  it('lists every custom function and ranges that fit the sample', () => {
    const env = withSample();
    const letter = (n: number) => String.fromCharCode(64 + n);
    const spreadsheet = (
      env.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActive();
    const width = (name: string) => spreadsheet.getSheetByName(name)?.getLastColumn() ?? 0;
    env.call('showHelp');
    const help = env.emulator.ui.alerts[env.emulator.ui.alerts.length - 1].prompt;
    for (const fn of Object.keys(
      (env.ctx.ODRGuard as { CUSTOM_FUNCTIONS: Record<string, unknown> }).CUSTOM_FUNCTIONS,
    )) {
      expect(help).toMatch(new RegExp(`^  ${fn}: \\S`, 'm'));
    }
    expect(help).toContain(
      `=ODR(Orders!A:${letter(width('Orders'))}, Defects!A:${letter(width('Defects'))})`,
    );
    expect(help).toContain('Orders!A:G');
  });
});

describe('a formula with no defects to read', () => {
  it('=ODR(Orders!A:G) on the sample is an error that says where defects come from', () => {
    const env = withSample();
    const spreadsheet = (
      env.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActive();
    const sheet = spreadsheet.insertSheet('Check');
    sheet.getRange('A1').setFormula('=ODR(Orders!A:G)');
    sheet.getRange('A2').setFormula('=ODR(Orders!A:G, Defects!A:I)');
    const snap = env.emulator.snapshot('Check', 1, 2);
    expect(snap.formulaErrors['1,1']).toMatch(
      /^defects: no defects range was given and the orders have no defect columns.*Defects sheet/,
    );
    expect(snap.formulaErrors['2,1']).toBeUndefined();
    expect(snap.values[1][0]).toBeGreaterThan(0.01);
  });
});

describe('highlighting what the sidebar shows', () => {
  it('colours only the given defect orders’ rows; a menu run (no list) colours them all', () => {
    const env = withSample();
    const dash = env.call<Dashboard>('getDashboard');
    const sheet = (
      env.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    )
      .getActive()
      .getSheetByName('Orders') as GoogleAppsScript.Spreadsheet.Sheet;
    const coloured = () =>
      sheet
        .getDataRange()
        .getBackgrounds()
        .map((row, i) => (row[0] === '#f4c7c3' ? i + 1 : 0))
        .filter((r) => r > 0);
    const chargeback = dash.defects.filter((d) => d.types.includes('chargeback'));
    expect(chargeback).toHaveLength(1);
    const one = env.call<HighlightResult>('highlightDefects', [chargeback[0].orderId]);
    expect(one.rows).toBe(chargeback[0].rows.length);
    expect(coloured()).toEqual(chargeback[0].rows);
    // An id that is not a defect order in the window colours nothing more.
    env.call('highlightDefects', [chargeback[0].orderId, '999-0000000-0000001']);
    expect(coloured()).toEqual(chargeback[0].rows);
    // The menu passes no list (or an event object): every defect order.
    env.call('highlightDefects', { authMode: 'FULL' });
    expect(coloured()).toEqual(dash.defects.flatMap((d) => d.rows).sort((a, b) => a - b));
  });
});

describe('no defects source', () => {
  const orders = [
    ['amazon-order-id', 'purchase-date', 'fulfillment-channel'],
    ['111-0000001-0000001', '2024-01-10', 'Merchant'],
  ];

  it('says no defects were read when no sheet holds them, never a silent 0 %', () => {
    // A sheet named Defects that is not a defects list (a to-do list the seller keeps).
    const { call } = emulateBundle({
      locale: 'zh_CN',
      sheets: { Orders: orders, Defects: [['To do'], ['Call the courier']] },
    });
    const dash = call<Dashboard>('getDashboard');
    expect(dash.channels[0].defective).toBe(0);
    expect(dash.findings.join('\n')).toMatch(/未读取到任何缺陷.*“使用的数据”/);
  });

  it('stays quiet when the orders carry their own defect columns', () => {
    const { call } = emulateBundle({
      sheets: {
        Orders: [
          [...orders[0], 'Chargeback'],
          [...orders[1], ''],
        ],
      },
    });
    expect(call<Dashboard>('getDashboard').findings.join('\n')).not.toMatch(/No defects were read/);
  });
});
