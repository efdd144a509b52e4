/** Write action plan, run from the built bundle in the Apps Script emulator (issue #4). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulateBundle } from '../helpers/emulator';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ORDERS_HEADER = ['amazon-order-id', 'purchase-date', 'fulfillment-channel'];
const DEFECTS_HEADER = [
  'Order ID',
  'Type',
  'Status',
  'Defect date',
  'Rating',
  'Comment',
  'Reason',
  'Source',
  'Category override',
];

function workbook(defects: unknown[][], orders = 200) {
  const rows: unknown[][] = [ORDERS_HEADER];
  for (let i = 0; i < orders; i++)
    rows.push([
      `111-0000000-${String(i).padStart(7, '0')}`,
      `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      'Merchant',
    ]);
  return { Orders: rows, Defects: [DEFECTS_HEADER, ...defects] };
}

const id = (i: number) => `111-0000000-${String(i).padStart(7, '0')}`;

function run(
  defects: unknown[][],
  locale = 'en',
  orders = 200,
  extraSheets: Record<string, unknown[][]> = {},
) {
  const env = emulateBundle({ locale, sheets: { ...workbook(defects, orders), ...extraSheets } });
  const spreadsheet = () =>
    (
      env.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActive();
  const plan = (name: string) => {
    const sheet = spreadsheet().getSheetByName(name) as Sheet;
    return {
      sheet,
      values: sheet.getDataRange().getValues() as unknown[][],
      text: (sheet.getDataRange().getValues() as unknown[][]).flat().join('\n'),
    };
  };
  return { ...env, spreadsheet, plan };
}

const DEFECTS = [
  [
    id(1),
    'Negative feedback',
    '',
    '2024-01-10',
    1,
    'Never arrived, tracking stuck for 2 weeks',
    '',
    'Feedback report',
    '',
  ],
  [id(2), 'A-to-z claim', 'Granted', '2024-01-12', '', '', 'Item not received', 'Claims', ''],
  [
    id(3),
    'Negative feedback',
    '',
    '2024-01-12',
    2,
    'Arrived broken, glass shattered. Contact me at buyer@example.com',
    '',
    'Feedback report',
    '',
  ],
  [id(4), 'Negative feedback', '', '2024-01-12', 1, 'Great', '', 'Feedback report', ''],
  [
    id(5),
    'Negative feedback',
    '',
    '2024-01-12',
    1,
    'whatever',
    '',
    'Feedback report',
    'Damaged / defective',
  ],
  [id(6), 'Chargeback', 'Open', '2024-01-13', '', '', 'Card dispute', 'Chargebacks', ''],
];

describe('writeActionPlan', () => {
  it('writes a new dated sheet and never overwrites, leaving other sheets as they were', () => {
    const { call, spreadsheet, emulator } = run(DEFECTS);
    const before = ['Orders', 'Defects'].map((n) => JSON.stringify(emulator.snapshot(n, 1, 1000)));
    const first = call<{ sheet: string; message: string }>('writeActionPlan');
    const today = new Date().toISOString().slice(0, 10);
    expect(first.sheet).toBe(`Plan of Action ${today}`);
    const second = call<{ sheet: string }>('writeActionPlan');
    expect(second.sheet).toBe(`Plan of Action ${today} (2)`);
    expect(
      spreadsheet()
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Orders', 'Defects', first.sheet, second.sheet]);
    expect(['Orders', 'Defects'].map((n) => JSON.stringify(emulator.snapshot(n, 1, 1000)))).toEqual(
      before,
    );
  });

  it('gives every category present a section with its counts and order ids, honouring overrides', () => {
    const { call, plan } = run(DEFECTS);
    const { values, text } = plan(call<{ sheet: string }>('writeActionPlan').sheet);
    const headings = values.map((r) => String(r[0])).filter((c) => /^2\.\d /.test(c));
    expect(headings).toEqual([
      expect.stringMatching(/^2\.1 Not received \/ late — 2 \(33\.3/),
      expect.stringMatching(/^2\.2 Damaged \/ defective — 2 \(33\.3/),
      expect.stringMatching(/^2\.3 Chargeback — 1 \(16\.67%\)$/),
      expect.stringMatching(/^2\.4 Uncategorised — 1 \(16\.67%\)$/),
    ]);
    // The per-order rows carry the order ids under their category; the override moved id(5).
    const orderRows = values.filter((r) => /^111-/.test(String(r[0])));
    const categoryOf = new Map(orderRows.map((r) => [r[0], r[4]]));
    expect(categoryOf.get(id(1))).toBe('Not received / late');
    expect(categoryOf.get(id(2))).toBe('Not received / late');
    expect(categoryOf.get(id(3))).toBe('Damaged / defective');
    expect(categoryOf.get(id(5))).toBe('Damaged / defective');
    expect(categoryOf.get(id(6))).toBe('Chargeback');
    expect(categoryOf.get(id(4))).toBe('Uncategorised');
    expect(text).toContain('Draft appeal letter');
    expect(text).toMatch(/The five appeal steps/);
  });

  it('keeps formula-injection payloads as literal text and no e-mail address anywhere', () => {
    const payloads = [
      '=HYPERLINK("http://evil.example","click")',
      '+SUM(1,2)',
      '-2+3',
      '@SUM(A1)',
      '=IMPORTXML("http://x","//a")',
      '\t=1+1',
      '\r=1+1',
    ];
    // As stored in a Defects sheet: imported buyer text is literal (the apostrophe), never a formula.
    const literal = (p: string) => (/^[=+\-@]/.test(p) ? `'${p}` : p);
    const defects = payloads
      .map(literal)
      .map((p, i) => [
        id(20 + i),
        'Negative feedback',
        '',
        '2024-01-12',
        1,
        p,
        p,
        'Feedback report',
        '',
      ]);
    defects.push([
      id(40),
      'Negative feedback',
      '',
      '2024-01-12',
      1,
      'write to jane.doe@example.com or jane (at) example (dot) com',
      '',
      '',
      '',
    ]);
    const { call, emulator } = run(defects);
    const { sheet } = call<{ sheet: string }>('writeActionPlan');
    const snap = emulator.snapshot(sheet, 1, 1000);
    expect(snap.formulas.flat().filter((f) => f !== '')).toEqual([]);
    const all = snap.values.flat().map(String).join('\n');
    expect(all).toContain('=HYPERLINK("http://evil.example","click")');
    expect(all).not.toMatch(/jane\.doe@example\.com|\(at\) example/);
  });

  it('writes in a constant number of calls whatever the number of defects', () => {
    const count = (n: number) => {
      const defects = Array.from({ length: n }, (_, i) => [
        id(i),
        i % 2 ? 'A-to-z claim' : 'Negative feedback',
        '',
        '2024-01-12',
        1,
        i % 3 ? 'arrived broken' : 'never arrived',
        '',
        '',
        '',
      ]);
      const { call, emulator } = run(defects, 'en', Math.max(200, n));
      emulator.resetCalls();
      call('writeActionPlan');
      // Range writes; growing the new sheet to fit is a structural call, not a write of cells.
      return Object.entries(emulator.qualifiedCalls)
        .filter(([name]) => /^Range\.set/.test(name))
        .reduce((n, [, c]) => n + c, 0);
    };
    expect(count(5)).toBe(count(2000));
    expect(count(5)).toBeLessThanOrEqual(8);
  });

  it('is Chinese for a Chinese user, with an English letter', () => {
    const { call, plan } = run(DEFECTS, 'zh_CN');
    const { sheet } = call<{ sheet: string }>('writeActionPlan');
    expect(sheet).toBe(`行动计划 ${new Date().toISOString().slice(0, 10)}`);
    const { values } = plan(sheet);
    const column = values.map((r) => String(r[0]));
    // One language per heading: no "English / 中文" doubles any more.
    expect(column).toContain('1. 概要');
    expect(column).toContain('4. 申诉信草稿');
    expect(column.some((c) => /[A-Za-z)] \/ \p{Script=Han}/u.test(c))).toBe(false);
    const categoryOf = new Map(
      values.filter((r) => /^111-/.test(String(r[0]))).map((r) => [r[0], r[4]]),
    );
    expect(categoryOf.get(id(6))).toBe('信用卡拒付索赔');
    const letterStart = column.indexOf('Plan of Action: Order Defect Rate');
    expect(letterStart).toBeGreaterThan(0);
    expect(column.slice(letterStart).join('\n')).not.toMatch(/\p{Script=Han}/u);
  });

  it('says what is wrong when there is no data', () => {
    const { call } = emulateBundle();
    expect(() => call('writeActionPlan')).toThrow(/No orders sheet found/);
  });
});

describe('writing the plan again keeps what the seller filled in', () => {
  it('carries findings and per-order actions into the new sheet and the letter', () => {
    const { call, plan } = run(DEFECTS);
    const first = plan(call<{ sheet: string }>('writeActionPlan').sheet);
    const findingRow = first.values.findIndex((r) => r[0] === 'Your finding (why it happened)');
    const orderRow = first.values.findIndex((r) => r[0] === id(2));
    expect(findingRow).toBeGreaterThan(0);
    // The seller types their finding and picks an action, as in the sheet.
    first.sheet.getRange(findingRow + 1, 2).setValue('Orders shipped with an untracked service.');
    first.sheet.getRange(orderRow + 1, 8).setValue('refunded');
    const second = plan(call<{ sheet: string }>('writeActionPlan').sheet);
    const again = second.values.find((r) => r[0] === 'Your finding (why it happened)');
    expect(again?.[1]).toBe('Orders shipped with an untracked service.');
    expect(second.values.find((r) => r[0] === id(2))?.[7]).toBe('refunded');
    expect(second.text).toContain('- Orders shipped with an untracked service.');
    expect(second.text).toContain(`Refunded order: ${id(2)}.`);
  });

  it('keeps what a Chinese seller filled when an English collaborator writes the plan again', () => {
    const env = run(DEFECTS, 'zh_CN');
    const first = env.plan(env.call<{ sheet: string }>('writeActionPlan').sheet);
    const findingRow = first.values.findIndex((r) => r[0] === '您的结论（问题为何发生）');
    const orderRow = first.values.findIndex((r) => r[0] === id(2));
    expect(findingRow).toBeGreaterThan(0);
    first.sheet.getRange(findingRow + 1, 2).setValue('发货时使用了无物流跟踪的服务。');
    first.sheet.getRange(orderRow + 1, 8).setValue('已对索赔提出申诉');
    // The same spreadsheet, opened by a collaborator whose Google account speaks English.
    env.emulator.core.userLocale = 'en_US';
    const second = env.plan(env.call<{ sheet: string }>('writeActionPlan').sheet);
    expect(second.values.find((r) => r[0] === 'Your finding (why it happened)')?.[1]).toBe(
      '发货时使用了无物流跟踪的服务。',
    );
    expect(second.values.find((r) => r[0] === id(2))?.[7]).toBe('claim appealed');
    expect(second.text).toContain(`Appealed the claim of order: ${id(2)}.`);
  });

  it('reads a plan sheet written by an earlier version in the bilingual layout', () => {
    const legacy = JSON.parse(
      readFileSync(join(__dirname, '..', 'fixtures', 'plan', 'legacy-bilingual.json'), 'utf8'),
    ) as unknown[][];
    const { call, plan } = run(DEFECTS, 'zh_CN', 200, { 'Plan of Action 2024-01-28': legacy });
    const { values } = plan(call<{ sheet: string }>('writeActionPlan').sheet);
    const findings = values.filter((r) => r[0] === '您的结论（问题为何发生）').map((r) => r[1]);
    // Sections: not received, damaged, chargeback (the old sheet's findings), uncategorised.
    expect(findings).toEqual(['Untracked service used.', 'Thin boxes.', 'No signature.', '']);
  });
});
