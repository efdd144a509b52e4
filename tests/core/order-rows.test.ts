/** Where each order's item rows are (src/core/engine/order-rows.ts). */
import { orderRows, rowBlocks } from '../../src/core/engine/order-rows';

describe('orderRows', () => {
  const table = [
    ['note above the header'],
    ['amazon-order-id', 'sku'],
    ['A', 'X'],
    [' B ', 'Y'],
    ['A', 'Z'],
    ['', 'orphan'],
    [12345, 'numeric id'],
    ['C', 'not asked for'],
    ['A', 'W'],
  ];

  it('finds every item row of the orders asked for, 1-based and ascending', () => {
    const rows = orderRows(table, 1, 0, new Set(['A', 'B', '12345', 'missing']));
    expect(rows.get('A')).toEqual([3, 5, 9]);
    expect(rows.get('B')).toEqual([4]);
    expect(rows.get('12345')).toEqual([7]);
    expect(rows.has('C')).toBe(false);
    expect(rows.has('missing')).toBe(false);
  });
});

describe('rowBlocks', () => {
  it('joins consecutive rows into blocks, in order', () => {
    expect(rowBlocks([9, 3, 4, 5, 11, 10, 20])).toEqual([
      [3, 5],
      [9, 11],
      [20, 20],
    ]);
    expect(rowBlocks([7])).toEqual([[7, 7]]);
    expect(rowBlocks([4, 4])).toEqual([[4, 4]]);
    expect(rowBlocks([])).toEqual([]);
  });
});
