/**
 * The writers on workbooks a real seller has (hostile tester's pass): renamed and edited plan
 * sheets, highlights over sorted and white-filled rows. Each case runs the built bundle in the
 * Apps Script emulator and checks that nothing the writer did not mean to change changed.
 */
import { emulateBundle, type Emulator } from '../helpers/emulator';
import { DEFECTS_HEADER, defectsRows, orderId, ordersRows, seedLiteral } from './fixtures';

const INPUT_FILL = '#fef7e0';
const FINDING_LABEL = 'Your finding (why it happened)';

function sellerWorkbook(): ReturnType<typeof emulateBundle> {
  const bundle = emulateBundle();
  bundle.emulator.seedSheet('Orders', ordersRows(60));
  seedLiteral(
    bundle.emulator,
    'Defects',
    defectsRows([
      { comment: 'late', reason: 'slow', email: '' },
      { comment: 'bad', reason: 'broken', email: '' },
    ]),
    [3, 4, 5],
  );
  return bundle;
}

/** The first "Your finding" input cell of a plan sheet, as [row, column]. */
function findingCell(emulator: Emulator, sheet: string): [number, number] {
  const snap = emulator.snapshot(sheet, 1, 200);
  const row = snap.values.findIndex((r) => r[0] === FINDING_LABEL);
  expect(row).toBeGreaterThanOrEqual(0);
  const column = snap.fills[row].findIndex((fill) => fill === INPUT_FILL);
  expect(column).toBeGreaterThan(0);
  return [row + 1, column + 1];
}

describe('Write action plan again after the seller worked on the plan', () => {
  const FINDING = 'Our courier dropped the boxes at the depot';

  it('keeps the findings of a plan sheet the seller renamed', () => {
    const { emulator, call } = sellerWorkbook();
    const first = call<{ sheet: string }>('writeActionPlan');
    const [row, column] = findingCell(emulator, first.sheet);
    const plan = emulator.spreadsheet.getSheetByName(first.sheet);
    if (!plan) throw new Error('no plan sheet');
    plan.getRange(row, column).setValue(FINDING);
    plan.setName('Appeal plan (mine)');

    const second = call<{ sheet: string }>('writeActionPlan');
    const [row2, column2] = findingCell(emulator, second.sheet);
    expect(emulator.snapshot(second.sheet, row2, 1).values[0][column2 - 1]).toBe(FINDING);
    // The renamed sheet itself is untouched.
    expect(emulator.snapshot('Appeal plan (mine)', row, 1).values[0][column - 1]).toBe(FINDING);
  });
});

describe('Clear highlights on a sheet the seller coloured', () => {
  it('leaves a row it never highlighted exactly as it was, white fill included', () => {
    const { emulator, call } = emulateBundle();
    emulator.seedSheet('Orders', ordersRows(60));
    // Defects on the orders of rows 2 and 7; rows 3 to 6 are not highlighted.
    emulator.seedSheet('Defects', [
      DEFECTS_HEADER,
      [orderId(0), 'Negative feedback', 1, 'late', 'slow', '', '2024-02-20'],
      [orderId(5), 'Negative feedback', 1, 'bad', 'broken', '', '2024-02-20'],
    ]);
    const orders = emulator.spreadsheet.getSheetByName('Orders');
    if (!orders) throw new Error('no Orders');
    orders.getRange('A2').setBackground('#ff0000'); // a highlighted row of two colours
    orders.getRange('A4:D4').setBackground('#ffffff'); // white over the sheet's alternating colours
    orders.getRange('B5').setBackground('#00ff00');
    const before = emulator.snapshot('Orders', 1, 62).fills;

    call('highlightDefects');
    emulator.resetCalls();
    call('clearHighlights');
    expect(emulator.snapshot('Orders', 1, 62).fills).toEqual(before);
    // Still a constant number of writes: one per colour put back.
    expect(emulator.writeCalls()).toBeLessThanOrEqual(2);
  });
});

describe('Data used: a sheet that is not there is refused, not saved', () => {
  it.each([
    ['a name longer than any sheet', 'x'.repeat(9000)],
    ['a sheet that does not exist', 'Orders (old)'],
    ['a number', 42],
  ])('%s', (_what, name) => {
    const { emulator, call } = emulateBundle({ locale: 'zh_CN' });
    emulator.seedSheet('Orders', ordersRows(10));
    const before = emulator.properties('document');
    expect(() => call('setDataSources', name, null)).toThrow(/^工作表“.{1,80}”已不存在/);
    expect(emulator.properties('document')).toEqual(before);
  });
});
