/**
 * Hostile buyer text through every writer of the built bundle, in the Apps Script emulator:
 * formula-injection payloads end up as literal text (never a formula; plain-text format wherever
 * a cell starts like one), and no buyer e-mail address reaches any output.
 */
import type { Dashboard } from '../../src/core/wire/types';
import { emulateBundle, PLAIN_TEXT_FORMAT, type Emulator } from '../helpers/emulator';
import { EMAILS, FORMULA_PAYLOADS, findEmail } from '../helpers/payloads';
import {
  allCells,
  defectsRows,
  orderId,
  ordersRows,
  seedLiteral,
  type BuyerText,
} from './fixtures';

const CUSTOM_FUNCTIONS = [
  'ODR',
  'ODR_BREAKDOWN',
  'ODR_DEFECTS',
  'ODR_ORDERS_NEEDED',
  'ODR_FORECAST',
  'ODR_CHECK',
  'ODR_ROOT_CAUSES',
];

/** A cell Sheets (or Excel, LibreOffice) would take as the start of a formula when typed. */
const FORMULA_START = /^[=+\-@＝＋﹦\t\r\n]/;

function workbook(
  texts: readonly BuyerText[],
): Emulator & { call: <T>(name: string, ...a: unknown[]) => T } {
  const { emulator, call } = emulateBundle();
  emulator.seedSheet('Orders', ordersRows(Math.max(60, texts.length + 10)));
  seedLiteral(emulator, 'Defects', defectsRows(texts), [3, 4, 5]);
  return Object.assign(emulator, { call });
}

/** The problems with formula-looking text in the workbook: formulas, or typed-input formats. */
function formulaProblems(emulator: Emulator, sheets: readonly string[]): string[] {
  const problems: string[] = [];
  for (const cell of allCells(emulator)) {
    if (!sheets.includes(cell.sheet)) continue;
    const where = `${cell.sheet}!R${cell.row}C${cell.col}`;
    if (cell.formula !== '') problems.push(`${where} holds the formula ${cell.formula}`);
    if (
      typeof cell.value === 'string' &&
      FORMULA_START.test(cell.value) &&
      cell.format !== PLAIN_TEXT_FORMAT
    )
      problems.push(`${where} "${cell.value}" is not plain text (format ${String(cell.format)})`);
  }
  return problems;
}

/** The text a writer shows of a buyer's words: one line, trimmed. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function textsOf(emulator: Emulator, sheet: string): string[] {
  return allCells(emulator)
    .filter((c) => c.sheet === sheet && typeof c.value === 'string')
    .map((c) => c.value as string);
}

describe('formula-injection payloads stay text', () => {
  const texts = FORMULA_PAYLOADS.map((p) => ({ comment: p, reason: p, email: '' }));

  it(`writeActionPlan: ${FORMULA_PAYLOADS.length} payloads as comments and reasons`, () => {
    const wb = workbook(texts);
    const { sheet } = wb.call<{ sheet: string }>('writeActionPlan');
    expect(formulaProblems(wb, [sheet])).toEqual([]);
    const cells = textsOf(wb, sheet);
    // Every payload is in the plan, as the text the buyer wrote.
    const missing = FORMULA_PAYLOADS.filter((p) => !cells.some((c) => c.includes(flat(p))));
    expect(missing).toEqual([]);
    // The source sheets are untouched.
    expect(formulaProblems(wb, ['Orders', 'Defects'])).toEqual([]);
    console.log(`formula payloads through writeActionPlan: ${FORMULA_PAYLOADS.length}`);
  });

  it('insertSampleData writes no formula at all, and its text cells are plain text', () => {
    const { emulator, call } = emulateBundle();
    call('insertSampleData');
    const cells = allCells(emulator);
    expect(cells.length).toBeGreaterThan(1000);
    expect(cells.filter((c) => c.formula !== '')).toEqual([]);
    const typedText = cells.filter(
      (c) => typeof c.raw === 'string' && c.row > 1 && c.format !== PLAIN_TEXT_FORMAT,
    );
    expect(typedText).toEqual([]);
  });

  it(`importReports: ${FORMULA_PAYLOADS.length} payloads in a feedback report and a claims list`, () => {
    const { emulator, call } = emulateBundle();
    const csv = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
    const orders = ['amazon-order-id\tpurchase-date\tfulfillment-channel\tsku'];
    FORMULA_PAYLOADS.forEach((_, i) =>
      orders.push(`${orderId(i)}\t2024-02-0${1 + (i % 9)}T10:00:00+00:00\tMerchant\t=SKU()`),
    );
    const feedback = [
      csv(['Date', 'Rating', 'Comments', 'Response', 'Order ID', 'Rater Email']),
      ...FORMULA_PAYLOADS.map((p, i) => csv(['2/20/24', '1', p, p, orderId(i), 'x@example.com'])),
    ];
    const result = call<{ files: { ok: boolean; file: string }[]; anyImported: boolean }>(
      'importReports',
      [
        { name: 'orders.txt', text: orders.join('\n') },
        { name: 'feedback.csv', text: feedback.join('\r\n') },
      ],
    );
    expect(result.files.map((f) => [f.file, f.ok])).toEqual([
      ['orders.txt', true],
      ['feedback.csv', true],
    ]);
    const written = emulator.core.sheets.map((s) => s.name);
    expect(formulaProblems(emulator, written)).toEqual([]);
    const cells = written.flatMap((s) => textsOf(emulator, s));
    const missing = FORMULA_PAYLOADS.filter((p) => !cells.some((c) => c.includes(flat(p))));
    // Every payload arrives as written, a buyer's own leading apostrophe included.
    expect(missing).toEqual([]);
    console.log(`formula payloads through importReports: ${FORMULA_PAYLOADS.length}`);
  });
});

describe('no buyer e-mail address in any output', () => {
  const texts: BuyerText[] = EMAILS.flatMap((email) => [
    {
      comment: `Never arrived. Write to me: ${email}`,
      reason: `Buyer ${email} says not received`,
      email,
    },
    { comment: email, reason: email, email },
  ]);

  it('custom functions, dashboard, action plan, highlight, import, logs', () => {
    const wb = workbook(texts);
    const outputs: [string, string][] = [];
    const orders = wb.peek('Orders!A1:D200');
    const defects = wb.peek('Defects!A1:G200');
    for (const fn of CUSTOM_FUNCTIONS) {
      let out: unknown;
      try {
        out = wb.call(fn, orders, defects);
      } catch (err) {
        out = (err as Error).message;
      }
      outputs.push([fn, JSON.stringify(out)]);
    }
    outputs.push(['getDashboard', JSON.stringify(wb.call<Dashboard>('getDashboard'))]);
    wb.call('writeActionPlan');
    wb.call('highlightDefects');
    wb.call('importReports', [
      {
        name: 'feedback.txt',
        text: [
          'Date\tRating\tComments\tResponse\tOrder ID\tRater Email',
          ...EMAILS.map((e, i) => `2/21/24\t1\tContact ${e} now\t\t${orderId(40 + i)}\t${e}`),
        ].join('\n'),
      },
    ]);
    outputs.push(['getDashboard after import', JSON.stringify(wb.call<Dashboard>('getDashboard'))]);
    for (const cell of allCells(wb)) {
      // The seller's own Defects sheet holds the addresses it was given; nothing else may.
      if (cell.sheet === 'Defects' && cell.row <= texts.length + 1) continue;
      outputs.push([`${cell.sheet}!R${cell.row}C${cell.col}`, String(cell.value)]);
    }
    outputs.push(['logs', wb.logs.join('\n')]);
    outputs.push(['toasts', JSON.stringify(wb.ui.toasts)]);
    outputs.push(['document properties', JSON.stringify(wb.properties('document'))]);
    // The detector finds what was seeded, so an empty list below means something.
    const seeded = allCells(wb).filter((c) => c.sheet === 'Defects' && c.row <= texts.length + 1);
    expect(seeded.filter((c) => findEmail(String(c.value)) !== null).length).toBeGreaterThanOrEqual(
      texts.length * 2,
    );
    const leaks = outputs
      .map(([where, text]) => [where, findEmail(text)])
      .filter(([, email]) => email !== null);
    expect(leaks).toEqual([]);
    expect(outputs.length).toBeGreaterThan(500);
  });
});
