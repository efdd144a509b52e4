/**
 * The appeal end to end (issue 13), through the built bundle in the emulator: on the sample data
 * the plan argues MFN only and keeps the FBA defects apart with FBA guidance; every cell the
 * seller fills survives writing the plan again; the letter lists what is missing until nothing
 * is, then says it is ready; feedback Amazon may remove is listed with its deadline; and a plan
 * with 1,500 chargebacks fits Sheets' 50,000 characters a cell.
 */
import { emulateBundle } from '../helpers/emulator';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Values = unknown[][];

const LETTER_START = 'Plan of Action: Order Defect Rate';

function workbook(locale = 'en_US', sheets: Record<string, unknown[][]> = {}) {
  const env = emulateBundle({ locale, sheets });
  const spreadsheet = () =>
    (
      env.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActive();
  const write = () => {
    const { sheet } = env.call<{ sheet: string }>('writeActionPlan');
    const s = spreadsheet().getSheetByName(sheet) as Sheet;
    const values = s.getDataRange().getValues() as Values;
    const column = values.map((r) => String(r[0]));
    const letterStart = column.indexOf(LETTER_START);
    return {
      name: sheet,
      sheet: s,
      values,
      column,
      /** Rows before the letter, and the letter's lines. */
      plan: values.slice(0, letterStart),
      letter: column.slice(letterStart).join('\n'),
    };
  };
  return { ...env, spreadsheet, write };
}

/** The block of rows from the heading that starts with `prefix` to the next top-level heading. */
function part(values: Values, prefix: RegExp): Values {
  const start = values.findIndex((r) => prefix.test(String(r[0])));
  if (start < 0) throw new Error(`no heading ${prefix}`);
  const end = values.findIndex((r, i) => i > start && /^\d+\. /.test(String(r[0])));
  return values.slice(start, end < 0 ? undefined : end);
}

const text = (rows: Values) => rows.flat().map(String).join('\n');

describe('the plan argues the channel that failed (sample data: MFN 1.46 %, AFN 0.67 %)', () => {
  const env = workbook();
  env.call('insertSampleData');
  const plan = env.write();
  const orders = env.spreadsheet().getSheetByName('Orders')?.getDataRange().getValues() ?? [];
  const afnIds = new Set(orders.filter((r) => r[2] === 'Amazon').map((r) => String(r[0])));

  it('the letter argues MFN only', () => {
    expect(plan.letter).toContain('- Seller-fulfilled orders (MFN): 1.46%');
    expect(plan.letter).not.toMatch(/AFN|Fulfilled by Amazon/);
    for (const id of afnIds) expect(plan.letter).not.toContain(id);
    expect(plan.letter).toMatch(/\(\d+\.\d+% of MFN defective orders\)/);
  });

  it('FBA defects stand apart, with guidance that fits FBA', () => {
    const mfn = part(plan.values, /^2\. The plan for MFN: target missed$/);
    const fba = part(plan.values, /^3\. AFN orders: under target, not argued in the letter$/);
    const ids = (rows: Values) => rows.map((r) => String(r[0])).filter((c) => /^\d{3}-/.test(c));
    expect(ids(mfn).some((id) => afnIds.has(id))).toBe(false);
    expect(ids(fba).length).toBeGreaterThan(0);
    expect(ids(fba).every((id) => afnIds.has(id))).toBe(true);
    expect(text(fba)).toContain('Amazon fulfils these orders and handles their returns');
    expect(text(fba)).toContain('Amazon handles returns and refunds of FBA orders');
    // No FBA order under the seller's packaging standard; no return-queue task for FBA returns.
    const packaging = mfn.findIndex((r) => String(r[0]).startsWith('• Packaging standard per SKU'));
    expect(packaging).toBeGreaterThan(0);
    expect(text(plan.plan)).not.toContain('The return queue is checked every day');
    // The FBA feedback about a damaged delivery is one Amazon may strike through: with its deadline.
    expect(text(fba)).toMatch(
      /⚑ Order \d{3}-\d{7}-\d{7}: about delivery or Amazon’s customer service on an FBA order; ask by \d{4}-\d{2}-\d{2}\./,
    );
  });

  it('the root causes name the products behind the defects', () => {
    expect(text(plan.plan)).toMatch(
      /Products behind these orders: GL-VASE-20 \(Glass flower vase, 20 cm\) in 2 of them \(defect rate \d+\.\d\d%; all MFN orders: 1\.46%\)/,
    );
    expect(plan.letter).toMatch(/- Products: GL-VASE-20 \(Glass flower vase, 20 cm\) in 2/);
  });

  it('lists what is missing before the letter instead of placeholders', () => {
    expect(plan.letter).not.toMatch(/\[|Uncategorised/);
    const gapsTitle = plan.column.find((c) => /^\d+ things to fill in before sending:$/.test(c));
    expect(gapsTitle).toBeDefined();
    expect(plan.column).toContain('1. MFN · Not received / late: your finding (why it happened).');
  });
});

describe('writing the plan again keeps every cell the seller filled', () => {
  const env = workbook();
  env.call('insertSampleData');
  const first = env.write();
  const row = (first: string) => first.length > 0 && plan().column.indexOf(first) + 1;
  const plan = () => ({
    column: (first.sheet.getDataRange().getValues() as Values).map((r) => String(r[0])),
  });
  const findingRows = first.column
    .map((c, i) => (c === 'Your finding (why it happened)' ? i + 1 : 0))
    .filter(Boolean);
  const orderRows = first.values
    .map((r, i) => (/^\d{3}-\d{7}-\d{7}$/.test(String(r[0])) ? i + 1 : 0))
    .filter(Boolean);
  const typedAction = 'Refunded and re-shipped with tracking 9400111899223344556677';
  // The seller types: findings, a free-text action, a listed action, a note; deletes one
  // suggestion row and rewrites another.
  first.sheet.getRange(findingRows[0], 2).setValue('Orders shipped with an untracked service.');
  first.sheet.getRange(findingRows[1], 2).setValue('Vase boxes had no padding.');
  first.sheet.getRange(orderRows[0], 8).setValue(typedAction);
  first.sheet.getRange(orderRows[1], 8).setValue('refunded');
  const stepRow = row('3. Write a plan of action');
  first.sheet.getRange(stepRow as number, 6).setValue('Checked with the warehouse on Monday');
  const audit = row(
    '• Supplier audit and incoming-stock inspection; faulty batches are quarantined before sale.',
  );
  first.sheet.deleteRow(audit as number);
  const packaging =
    plan().column.findIndex((c) => c.startsWith('• Packaging standard per SKU')) + 1;
  first.sheet.getRange(packaging, 1).setValue('• Vases ship double-boxed with 5 cm of padding.');
  const firstOrder = String(first.values[orderRows[0] - 1][0]);
  const secondOrder = String(first.values[orderRows[1] - 1][0]);

  const second = env.write();

  it('findings, actions (free text too) and notes are in the new sheet', () => {
    const finding = second.values.filter((r) => r[0] === 'Your finding (why it happened)');
    expect(finding[0][1]).toBe('Orders shipped with an untracked service.');
    expect(finding[1][1]).toBe('Vase boxes had no padding.');
    expect(second.values.find((r) => r[0] === firstOrder)?.[7]).toBe(typedAction);
    expect(second.values.find((r) => r[0] === secondOrder)?.[7]).toBe('refunded');
    expect(second.values.find((r) => r[0] === '3. Write a plan of action')?.[5]).toBe(
      'Checked with the warehouse on Monday',
    );
  });

  it('a deleted suggestion stays deleted, a rewritten one stays rewritten', () => {
    expect(text(second.plan)).not.toContain('Supplier audit');
    expect(second.column).toContain('• Vases ship double-boxed with 5 cm of padding.');
    expect(text(second.plan)).not.toContain('Packaging standard per SKU');
  });

  it('and the letter states them', () => {
    expect(second.letter).toContain('- Orders shipped with an untracked service.');
    expect(second.letter).toContain(`- Order ${firstOrder}: ${typedAction}`);
    expect(second.letter).toContain(`- Refunded order: ${secondOrder}.`);
    expect(second.letter).toContain('- Vases ship double-boxed with 5 cm of padding.');
    expect(second.letter).not.toContain('Supplier audit');
  });

  it('a third run keeps them still (the new sheet reads back as it was written)', () => {
    const third = env.write();
    expect(third.plan.map((r) => r.join('|'))).toEqual(second.plan.map((r) => r.join('|')));
  });
});

describe('the letter is ready only when nothing is left to fill in', () => {
  it('fills every gap the plan lists, then says ready', () => {
    const env = workbook();
    env.call('insertSampleData');
    const first = env.write();
    first.values.forEach((r, i) => {
      if (r[0] === 'Your finding (why it happened)')
        first.sheet.getRange(i + 1, 2).setValue('Root cause found in week 3.');
      if (/^\d{3}-\d{7}-\d{7}$/.test(String(r[0])) && r[2] === 'MFN')
        first.sheet.getRange(i + 1, 8).setValue('refunded');
      if (String(r[0]).startsWith('• Packaging standard per SKU'))
        first.sheet.getRange(i + 1, 1).setValue('• Glass ships double-boxed.');
      if (String(r[0]).startsWith('• Contacted each buyer') || r[0] === 'Evidence to attach')
        return;
    });
    const second = env.write();
    expect(first.column).not.toContain('Ready to send: nothing left to fill in.');
    expect(second.column).toContain('Ready to send: nothing left to fill in.');
    expect(second.letter).toContain('Glass ships double-boxed.');
    expect(second.letter).not.toMatch(/\[|Uncategorised/);
  });
});

describe('feedback Amazon may remove, in the corrective actions', () => {
  // Orders of the last four weeks, so the feedback is within Amazon's 90 days today.
  const day = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
  const header = ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'sku'];
  const orders: unknown[][] = [header];
  for (let i = 0; i < 100; i++)
    orders.push([
      `111-0000000-${String(i).padStart(7, '0')}`,
      day(30 - (i % 28)),
      'Merchant',
      'MUG',
    ]);
  const defects = [
    ['Order ID', 'Type', 'Status', 'Defect date', 'Rating', 'Comment'],
    [
      '111-0000000-0000001',
      'Negative feedback',
      '',
      day(10),
      1,
      'Cheap and flimsy, broke after a week',
    ],
    ['111-0000000-0000002', 'Negative feedback', '', day(120), 1, 'Awful quality, fell apart'],
    [
      '111-0000000-0000003',
      'Negative feedback',
      '',
      day(12),
      1,
      'Never arrived, seller did not answer',
    ],
  ];

  it('names the reason and the deadline, and what removal would do — never as certain', () => {
    const env = workbook('en_US', { Orders: orders, Defects: defects });
    const plan = env.write();
    expect(plan.column).toContain(
      `⚑ Order 111-0000000-0000001: entirely a product review; ask by ${day(10 - 90)}.`,
    );
    expect(plan.column).toContain(
      `⚑ Order 111-0000000-0000002: entirely a product review; the 90 days to ask ended on ${day(120 - 90)}.`,
    );
    // Only the candidate still within its 90 days counts: 3 → 2 of 100 orders.
    expect(plan.column).toContain(
      '⚑ If Amazon removed the 1 negative feedback below that its rules exclude, MFN Order Defect Rate would be 2.00% (now 3.00%). Amazon decides: not certain.',
    );
    expect(text(plan.plan)).not.toMatch(/111-0000000-0000003: /);
    expect(text(plan.plan)).not.toMatch(/will be removed|is removed/);
  });
});

describe('a plan fits Sheets’ limits before it is written', () => {
  it('1,500 chargebacks with their own reasons: no cell over 50,000 characters', () => {
    const header = ['amazon-order-id', 'purchase-date', 'fulfillment-channel'];
    const orders: unknown[][] = [header];
    const defects: unknown[][] = [['Order ID', 'Type', 'Status', 'Defect date', 'Reason']];
    for (let i = 0; i < 3000; i++) {
      const id = `111-${String(i).padStart(7, '0')}-0000000`;
      orders.push([id, `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, 'Merchant']);
      if (i < 1500)
        defects.push([
          id,
          'Chargeback',
          'Open',
          '2024-02-01',
          `Dispute ${i}: ${'cardholder says the goods were not as agreed '.repeat(2)}`,
        ]);
    }
    const env = workbook('en_US', { Orders: orders, Defects: defects });
    const plan = env.write();
    const longest = Math.max(...plan.values.flat().map((c) => String(c).length));
    expect(longest).toBeLessThanOrEqual(50_000);
    // The reasons are named up to ten, then counted.
    expect(text(plan.plan)).toMatch(/Reasons given: .* and 1490 more\./);
  });
});

describe('a plan with nothing to appeal says so', () => {
  const day = (back: number) => new Date(Date.now() - back * 86_400_000);
  const orders = [
    ['amazon-order-id', 'purchase-date', 'fulfillment-channel'],
    ['111-0000001-0000001', day(10), 'Merchant'],
    ['111-0000002-0000002', day(9), 'Amazon'],
  ];

  it('no defective orders: nothing to explain, never "ready to send"', () => {
    for (const [locale, none] of [
      ['en_US', /no defective orders in this window/],
      ['zh_CN', /本统计周期内没有缺陷订单/],
    ] as const) {
      const env = workbook(locale, { Orders: orders, Defects: [['order-id', 'rating']] });
      const { message } = env.call<{ message: string }>('writeActionPlan');
      expect(message).toMatch(none);
      expect(message).not.toMatch(/Ready to send|可以发送|Fill in the shaded|请填写/);
      expect(env.write().column).not.toContain('Ready to send: nothing left to fill in.');
    }
  });

  it('under target with a defect: prepared in advance, nothing to send today', () => {
    const many = [...orders];
    for (let i = 3; i < 300; i++)
      many.push([`111-0000000-${String(i).padStart(7, '0')}`, day(8), 'Merchant']);
    const env = workbook('en_US', {
      Orders: many,
      Defects: [
        ['order-id', 'rating', 'comments'],
        ['111-0000001-0000001', 1, 'Arrived broken'],
      ],
    });
    const plan = env.write();
    plan.values.forEach((r, i) => {
      if (r[0] === 'Your finding (why it happened)')
        plan.sheet.getRange(i + 1, 2).setValue('Glass was packed loose.');
      if (/^\d{3}-\d{7}-\d{7}$/.test(String(r[0])))
        plan.sheet.getRange(i + 1, 8).setValue('refunded');
      if (String(r[0]).startsWith('• Packaging standard per SKU'))
        plan.sheet.getRange(i + 1, 1).setValue('• Glass ships double-boxed.');
    });
    expect(plan.column).not.toContain('Ready to send: nothing left to fill in.');
    const again = env.write();
    const ready = again.column.find(
      (c) => /^Nothing left to fill in\./.test(c) || /^Ready to send/.test(c),
    );
    expect(ready).toMatch(/^Nothing left to fill in\. No channel misses the target now/);
  });
});
