/**
 * The order-id index (src/core/engine/order-index.ts) against a plain Map keyed by the id text,
 * and duplicate rows (src/core/engine/duplicates.ts) against one JSON text per row: the fast
 * paths (Amazon ids as integers, runs of item rows, ids coming back after others, rows above the
 * header) must give the same answers.
 */
import fc from 'fast-check';
import { OrderIdIndex, OrderIds } from '../../src/core/engine/order-index';
import { duplicateRows } from '../../src/core/engine/duplicates';
import { readDataset } from '../../src/core/engine/dataset';
import type { Cell, Table } from '../../src/core/engine/types';

/** As orders-table.ts reads an id cell. */
function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Ids of every kind the index tells apart: Amazon-shaped, near misses, other text, numbers. */
const ID = fc.oneof(
  fc.constantFrom(
    '113-1234567-1234567',
    '113-1234567-1234568',
    '999-0000000-0000000',
    '000-0000000-0000000',
    '255-9999999-9999999',
    '256-9999999-9999999',
    '511-1234567-1234567',
    '767-1234567-1234567',
    ' 113-1234567-1234567 ',
    '113-1234567-123456',
    '113-1234567-12345678',
    '11a-1234567-1234567',
    '113_1234567-1234567',
    '113-1234567-1234:67',
    '113-123/567-1234567',
    'A1',
    'a1',
    ' A1',
    '',
    '   ',
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 999 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([a, b, c]) => `${String(a).padStart(3, '0')}-000000${b}-000000${c}`),
  fc.constantFrom<Cell>(42, 42.5, 0, null, undefined),
);

/** Rows as Sheets passes them: id, a date-ish cell and two more cells; item rows repeated. */
const ROWS = fc.array(
  fc.record({
    id: ID,
    date: fc.constantFrom<Cell>(0, 1, 86_400_000, '2024-01-01', NaN, -0, Infinity, null),
    a: fc.constantFrom<Cell>('x', 'y', '', 1, true, null),
    items: fc.integer({ min: 1, max: 3 }),
  }),
  { maxLength: 60 },
);

function tableOf(
  rows: { id: Cell; date: Cell; a: Cell; items: number }[],
  headRows: Cell[][],
): Cell[][] {
  const table: Cell[][] = [...headRows];
  for (const r of rows) for (let k = 0; k < r.items; k++) table.push([r.id, r.date, r.a, k % 2]);
  return table;
}

const HEAD = fc.constantFrom<Cell[][]>(
  [['order-id', 'date', 'a', 'b']],
  [['Report'], ['order-id', 'date', 'a', 'b']],
  [
    ['113-1234567-1234567', 0, 'x', 0],
    ['order-id', 'date', 'a', 'b'],
  ],
  [
    ['A1', 0, 'x', 0],
    ['order-id', 'date', 'a', 'b'],
  ],
);

/** The reference: one JSON text per row. */
function byJson(table: Table): { rows: number[]; count: number } {
  const seen = new Set<string>();
  const rows: number[] = [];
  let count = 0;
  for (let r = 0; r < table.length; r++) {
    const row = table[r];
    if (!row || row.every((c) => c === '' || c == null)) continue;
    const key = JSON.stringify(row.map((c) => (c instanceof Date ? c.getTime() : c)));
    if (seen.has(key)) {
      count++;
      if (rows.length < 20) rows.push(r + 1);
    } else seen.add(key);
  }
  return { rows, count };
}

describe('order-id index', () => {
  it('gives equal ids one class and different ids different classes, as a Map would', () => {
    fc.assert(
      fc.property(ROWS, HEAD, (rows, head) => {
        const table = tableOf(rows, head);
        const from = head.length;
        const index = new OrderIdIndex(table, from, 0, text);
        const classOfText = new Map<string, number>();
        const textOfClass = new Map<number, string>();
        for (let r = from; r < table.length; r++) {
          const id = text(table[r][0]);
          const cls = index.classOf(r);
          if (id === '') {
            expect(cls).toBe(-1);
            continue;
          }
          expect(cls).toBeGreaterThanOrEqual(0);
          const known = classOfText.get(id);
          if (known === undefined) {
            expect(textOfClass.has(cls)).toBe(false);
            classOfText.set(id, cls);
            textOfClass.set(cls, id);
          } else expect(cls).toBe(known);
        }
        // Orders are numbered as rows claim them; get() finds each id's order, and only those.
        const orderOf = new Map<string, number>();
        for (let r = from; r < table.length; r++) {
          const cls = index.classOf(r);
          if (cls < 0) continue;
          const id = text(table[r][0]);
          const next = orderOf.size;
          const order = index.orderOf(cls, next);
          if (!orderOf.has(id)) {
            expect(order).toBe(next);
            orderOf.set(id, order);
          } else expect(order).toBe(orderOf.get(id));
        }
        for (const [id, order] of orderOf) expect(index.get(id)).toBe(order);
        expect(index.get('123-4567890-1234567')).toBe(orderOf.get('123-4567890-1234567'));
        expect(index.get('no such order')).toBeUndefined();
        for (const row of head) {
          const id = text(row[0]);
          expect(index.classOfRowId(row)).toBe(id === '' ? -1 : (classOfText.get(id) ?? -1));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads ids from the orders’ first rows', () => {
    const table: Table = [['id'], ['113-1234567-1234567 '], ['A1'], ['113-1234567-1234567']];
    const ids = new OrderIds(table, 0, Int32Array.from([2, 3]), text);
    expect(ids.length).toBe(2);
    expect([ids.get(0), ids.get(1)]).toEqual(['113-1234567-1234567', 'A1']);
  });

  it('counts an id that comes back after other ids once, at its first row', () => {
    const header = ['amazon-order-id', 'purchase-date', 'fulfillment-channel'];
    const a = '111-0000001-0000001';
    const b = '111-0000002-0000002';
    const data = readDataset(
      [
        header,
        [a, '2024-01-10', 'Merchant'],
        [b, '2024-01-11', 'Amazon'],
        [a, '2024-01-10', 'Merchant'],
        [` ${b}`, '2024-01-12', 'Amazon'],
      ],
      [
        ['Order ID', 'Type'],
        [b, 'A-to-z claim'],
      ],
    );
    expect(data.orders.ids.length).toBe(2);
    expect([data.orders.ids.get(0), data.orders.ids.get(1)]).toEqual([a, b]);
    expect(Array.from(data.orders.row)).toEqual([2, 3]);
    expect(data.defects[0].order).toBe(1);
    expect(data.findings.find((f) => f.kind === 'conflictingOrderRows')?.rows).toEqual([5]);
  });
});

describe('duplicate rows', () => {
  it('finds the rows one JSON text per row finds, with and without the id index', () => {
    fc.assert(
      fc.property(ROWS, HEAD, fc.array(fc.nat(), { maxLength: 8 }), (rows, head, copies) => {
        const table = tableOf(rows, head);
        // Copies of earlier rows pasted lower down, and a Date equal to a number cell.
        for (const n of copies) {
          if (table.length === 0) break;
          const row = table[n % table.length].slice();
          if (n % 3 === 0 && typeof row[1] === 'number' && Number.isFinite(row[1]))
            row[1] = new Date(row[1]);
          table.push(row);
        }
        const want = byJson(table);
        expect(duplicateRows(table)).toEqual(want);
        const index = new OrderIdIndex(table, head.length, 0, text);
        expect(duplicateRows(table, index)).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });

  it('falls back to JSON for a cell Sheets never passes', () => {
    const table: Table = [
      ['a', { x: 1 } as unknown as Cell],
      ['a', { x: 1 } as unknown as Cell],
    ];
    expect(duplicateRows(table)).toEqual({ rows: [2], count: 1 });
  });
});
