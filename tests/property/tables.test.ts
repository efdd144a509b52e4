/**
 * Property tests of the table-returning custom functions (ODR_DEFECTS, ODR_FORECAST, ODR_CHECK,
 * ODR_ROOT_CAUSES) through the built bundle on generated messy tables: well-formed tables that
 * agree with the model, and the same answer whatever the row order or duplicated rows.
 */
import fc from 'fast-check';
import {
  casesRun,
  comparable,
  count,
  envFor,
  printSummary,
  requireBuild,
  run,
  shapeProblem,
  type ZoneEnv,
} from './harness';
import { expected, instantOn, layoutArb, modelArb, render, shuffleData } from './model';

const RUNS = 1000;
const NAMES = ['ODR_DEFECTS', 'ODR_FORECAST', 'ODR_CHECK', 'ODR_ROOT_CAUSES'];

beforeAll(requireBuild);
afterAll(() => printSummary(NAMES.join(', ')));

function table(env: ZoneEnv, name: string, args: unknown[]): unknown[][] | string {
  const out = run(env, name, args);
  count(name);
  if (!out.ok) return out.message;
  const problem = shapeProblem(out.value, 'table');
  if (problem) throw new Error(`${name}: ${problem}`);
  return out.value as unknown[][];
}

const EMPTY_WINDOW =
  /^No (MFN |AFN )?orders in the 60-day window \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\./;

describe('table functions on generated tables', () => {
  it('agree with the model and return well-formed tables', () => {
    fc.assert(
      fc.property(
        modelArb(),
        layoutArb,
        fc.constantFrom(undefined, 'MFN', 'AFN', 'ALL'),
        fc.integer({ min: 1, max: 90 }),
        (model, layout, channel, days) => {
          const env = envFor(model.zone);
          const t = render(model, layout, env);
          const want = expected(model);
          const base = [t.orders, t.defects, t.asOf];
          const any = want.counts.ALL.orders > 0;

          // ODR_DEFECTS: exactly the model's defective orders in the window, in the channel.
          const defects = table(env, 'ODR_DEFECTS', [...base, channel]);
          const scopeOrders =
            channel === undefined ? want.counts.ALL.orders : want.counts[channel].orders;
          if (channel !== undefined && scopeOrders === 0) {
            expect(defects).toMatch(EMPTY_WINDOW);
          } else {
            const rows = defects as unknown[][];
            expect(rows[0][0]).toBe('Order ID');
            const ids = [...want.defectiveIds]
              .filter(([, ch]) => channel === undefined || channel === 'ALL' || ch === channel)
              .map(([id]) => id)
              .sort();
            expect(
              rows
                .slice(1)
                .map((r) => r[0])
                .sort(),
            ).toEqual(ids);
            for (const r of rows.slice(1)) {
              const leaves = (r[6] as Date).getTime();
              const ordered = (r[1] as Date).getTime();
              // Leaves the window 60 days after the order date, both at midnight in the zone.
              const day = model.orders.find((o) => o.id === r[0])?.day ?? NaN;
              expect(ordered).toBe(instantOn(model.base + day, 0, model.zone));
              expect(leaves).toBe(instantOn(model.base + day + 60, 0, model.zone));
            }
          }

          // ODR_FORECAST: days rows after the header, rates in [0, 1], orders never grow.
          const forecast = table(env, 'ODR_FORECAST', [...base, channel, days]);
          if (typeof forecast === 'string') {
            expect(forecast).toMatch(EMPTY_WINDOW);
          } else {
            expect(forecast).toHaveLength(days + 1);
            let last = Infinity;
            forecast.slice(1).forEach((r, j) => {
              expect((r[0] as Date).getTime()).toBe(instantOn(want.asOf + j + 1, 0, model.zone));
              const orders = r[1] as number;
              expect(orders).toBeLessThanOrEqual(last);
              last = orders;
              expect(r[2] as number).toBeLessThanOrEqual(orders);
              for (const rate of [r[3], r[4]]) {
                if (rate === '') continue;
                expect(rate as number).toBeGreaterThanOrEqual(0);
                expect(rate as number).toBeLessThanOrEqual(1);
              }
            });
          }

          // ODR_CHECK: one column of lines, the first a summary with the order count.
          const check = table(env, 'ODR_CHECK', [t.orders, t.defects]);
          const lines = (check as unknown[][]).map((r) => r[0] as string);
          expect((check as unknown[][]).every((r) => r.length === 1)).toBe(true);
          expect(lines[0]).toMatch(
            new RegExp(
              `^(OK: |\\d+ findings? to look at below\\. )\\d+ order rows = ${model.orders.length} orders`,
            ),
          );

          // ODR_ROOT_CAUSES: every defective order of the window in one category; shares sum to 1.
          const causes = table(env, 'ODR_ROOT_CAUSES', base);
          if (!any) {
            expect(causes).toMatch(EMPTY_WINDOW);
          } else {
            const rows = (causes as unknown[][]).slice(1);
            const total = rows.reduce((n, r) => n + (r[1] as number), 0);
            expect(total).toBe(want.defectiveIds.size);
            if (total > 0) {
              const share = rows.reduce((n, r) => n + (r[2] as number), 0);
              expect(share).toBeCloseTo(1, 12);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('row order and duplicated rows change none of them', () => {
    fc.assert(
      fc.property(
        modelArb(),
        layoutArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
        fc.nat(),
        (model, layout, keys, dupAt) => {
          const env = envFor(model.zone);
          const t = render(model, layout, env);
          const shuffled = [
            shuffleData(t.orders, t.ordersHead, keys),
            t.defects && shuffleData(t.defects, t.defectsHead, keys.slice().reverse()),
          ];
          const dataRows = t.orders.length - t.ordersHead;
          const duplicated = t.orders.slice();
          duplicated.splice(
            t.ordersHead + (dupAt % (dataRows + 1)),
            0,
            t.orders[t.ordersHead + (dupAt % Math.max(1, dataRows))]?.slice() ?? [],
          );
          for (const name of ['ODR_DEFECTS', 'ODR_FORECAST', 'ODR_ROOT_CAUSES']) {
            // A short forecast: the rows are what is compared, not the horizon.
            const more = name === 'ODR_FORECAST' ? [undefined, 7] : [];
            const a = comparable(table(env, name, [t.orders, t.defects, t.asOf, ...more]));
            expect(comparable(table(env, name, [...shuffled, t.asOf, ...more]))).toEqual(a);
            expect(comparable(table(env, name, [duplicated, t.defects, t.asOf, ...more]))).toEqual(
              a,
            );
          }
          // ODR_CHECK names rows, which move; its order count does not.
          const head = (rows: unknown[][] | string) =>
            /= (\d+) orders/.exec(String((rows as unknown[][])[0][0]))?.[1];
          const check = head(table(env, 'ODR_CHECK', [t.orders, t.defects]));
          expect(head(table(env, 'ODR_CHECK', shuffled))).toBe(check);
          expect(head(table(env, 'ODR_CHECK', [duplicated, t.defects]))).toBe(check);
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });
});

afterAll(() => {
  for (const name of NAMES) expect(casesRun.get(name) ?? 0).toBeGreaterThanOrEqual(RUNS);
});
