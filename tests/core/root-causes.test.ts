import { odrRootCauses, ROOT_CAUSES_HEADER } from '../../src/core/functions/root-causes';
import type { Cell } from '../../src/core/engine/types';

const ORDERS: Cell[][] = [['amazon-order-id', 'purchase-date', 'fulfillment-channel']];
for (let d = 1; d <= 9; d++) {
  for (let i = 0; i < 10; i++) ORDERS.push([`o${d}${i}`, `2024-01-0${d}`, 'Merchant']);
}

const DEFECTS: Cell[][] = [
  ['Order ID', 'Type', 'Status', 'Comments', 'Reason', 'Category'],
  ['o10', 'Negative feedback', '', 'never arrived', '', ''],
  ['o11', 'A-to-z claim', 'Open', '', 'Item not received', ''],
  ['o12', 'Negative feedback', '', 'Paket nie angekommen', '', ''],
  ['o13', 'Negative feedback', '', '没有收到', '', ''],
  ['o14', 'Negative feedback', '', 'late', '', ''],
  ['o15', 'Negative feedback', '', 'still waiting', '', ''],
  ['o20', 'Negative feedback', '', 'arrived broken', '', ''],
  ['o21', 'Negative feedback', '', 'never arrived', '', 'damaged'],
  ['o30', 'Negative feedback', '', 'ok', '', ''],
  ['o31', 'A-to-z claim', 'Denied', 'never arrived', '', ''],
];

describe('ODR_ROOT_CAUSES', () => {
  test('one row per category present, by count, share as a fraction, up to 5 example ids', () => {
    expect(odrRootCauses(ORDERS, DEFECTS)).toEqual([
      ROOT_CAUSES_HEADER,
      ['Not received / late', 6, 6 / 9, 'o10, o11, o12, o13, o14'],
      ['Damaged / defective', 2, 2 / 9, 'o20, o21'],
      ['Uncategorised', 1, 1 / 9, 'o30'],
    ]);
  });

  test('as_of moves the window: older defective orders drop out', () => {
    // Window ending 2024-03-01 starts 2024-01-02: the orders of January 1 are out.
    const rows = odrRootCauses(ORDERS, DEFECTS, '2024-03-01');
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Damaged / defective', 2],
      ['Uncategorised', 1],
    ]);
  });

  test('no defects: the header alone', () => {
    expect(odrRootCauses(ORDERS)).toEqual([ROOT_CAUSES_HEADER]);
  });

  test('an empty window is an error a seller can read', () => {
    expect(() => odrRootCauses(ORDERS, DEFECTS, '2025-01-01')).toThrow(
      /No orders in the 60-day window/,
    );
  });
});
