/**
 * A result cell Sheets can hold (50,000 characters at most; a longer one turns the whole formula
 * into #ERROR!). An input cell holds up to 50,000 characters too, so an answer that joins input
 * texts — ODR_ROOT_CAUSES's example order ids — can pass the limit when one of them is a junk
 * cell near it (a hostile or broken sheet). The cell is cut, with a marker saying how much.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, call, contextDate, loadBundle } from '../helpers/bundle';

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js')))
    throw new Error('dist/Code.js is missing: run `npm run build` first');
});

describe('custom function results fit a cell', () => {
  const ctx = loadBundle();
  const day = contextDate(ctx, '2024-01-10T00:00:00Z');
  const junk = `112-${'9'.repeat(49_990)}`;
  const ids = [junk, '111-0000001-0000001', '111-0000002-0000002'];
  const orders: unknown[][] = [
    ['amazon-order-id', 'purchase-date', 'fulfillment-channel'],
    ...ids.map((id) => [id, day, 'Merchant']),
    ...Array.from({ length: 50 }, (_, i) => [
      `113-0000000-${String(i).padStart(7, '0')}`,
      day,
      'Merchant',
    ]),
  ];
  const defects: unknown[][] = [
    ['order-id', 'rating', 'comments'],
    ...ids.map((id) => [id, 1, 'Package never arrived, tracking not updated.']),
  ];

  it('ODR_ROOT_CAUSES cuts a joined cell with a visible count', () => {
    const rows = call<unknown[][]>(ctx, 'ODR_ROOT_CAUSES', orders, defects);
    const cells = rows.flat().map(String);
    expect(Math.max(...cells.map((c) => c.length))).toBeLessThanOrEqual(50_000);
    const cut = cells.find((c) => /…\(\d+ more characters\)$/.test(c)) ?? '';
    expect(cut).toContain(junk.slice(0, 1000));
    // What is shown plus what is counted as left out is the whole list.
    const more = Number(/…\((\d+) more characters\)$/.exec(cut)?.[1]);
    expect(more).toBeGreaterThan(0);
    expect(cut.length - `…(${more} more characters)`.length + more).toBe(ids.join(', ').length);
  });

  it('ODR_DEFECTS shows the junk id whole: it fits a cell, as it did in the sheet', () => {
    const rows = call<unknown[][]>(ctx, 'ODR_DEFECTS', orders, defects);
    expect(rows.flat().map(String)).toContain(junk);
  });

  it('leaves cells under the limit as they are', () => {
    const few = call<unknown[][]>(
      ctx,
      'ODR_ROOT_CAUSES',
      orders.slice(0, 1).concat(orders.slice(2)),
      defects.slice(0, 1).concat(defects.slice(2)),
    );
    expect(few.flat().map(String).join('\n')).not.toMatch(/more characters\)/);
  });
});
