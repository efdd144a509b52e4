/**
 * Property tests of ODR, ODR_BREAKDOWN and ODR_ORDERS_NEEDED through the built bundle, on
 * generated messy tables: they agree with a model of Amazon's rules, and the metamorphic
 * invariants of issue 7 hold (row order, duplicated rows, adding a clean order, removing a
 * defect, orders needed exactly enough).
 */
import fc from 'fast-check';
import {
  casesRun,
  count,
  envFor,
  printSummary,
  requireBuild,
  run,
  shapeProblem,
  type ZoneEnv,
} from './harness';
import {
  expected,
  instantOn,
  isoDay,
  layoutArb,
  modelArb,
  render,
  shuffleData,
  type Model,
} from './model';

const RUNS = 1000;
const TARGETS: readonly { arg: unknown; num: bigint; den: bigint }[] = [
  { arg: undefined, num: 1n, den: 100n },
  { arg: 0.01, num: 1n, den: 100n },
  { arg: '1%', num: 1n, den: 100n },
  { arg: 0.07, num: 7n, den: 100n },
  { arg: '2.5%', num: 25n, den: 1000n },
  { arg: 0.003, num: 3n, den: 1000n },
  { arg: 0.1, num: 1n, den: 10n },
  { arg: '0.15', num: 15n, den: 100n },
];

beforeAll(requireBuild);
afterAll(() => printSummary('ODR, ODR_BREAKDOWN, ODR_ORDERS_NEEDED'));

type Scope = 'MFN' | 'AFN' | 'ALL';

function scopesOf(model: Model): Scope[] {
  return model.inline.channel ? ['MFN', 'AFN', 'ALL'] : ['ALL'];
}

function rate(c: { orders: number; defective: number }): number {
  return c.defective / c.orders;
}

function num(env: ZoneEnv, name: string, args: unknown[]): number | string {
  const out = run(env, name, args);
  count(name);
  if (!out.ok) return out.message;
  const problem = shapeProblem(out.value, 'number');
  if (problem) throw new Error(`${name}: ${problem}`);
  return out.value as number;
}

function table(env: ZoneEnv, name: string, args: unknown[]): unknown[][] | string {
  const out = run(env, name, args);
  count(name);
  if (!out.ok) return out.message;
  const problem = shapeProblem(out.value, 'table');
  if (problem) throw new Error(`${name}: ${problem}`);
  return out.value as unknown[][];
}

/** D·den < num·(N + k): the rate with k more clean orders is strictly under target. */
function under(d: number, n: number, k: number, t: { num: bigint; den: bigint }): boolean {
  return BigInt(d) * t.den < t.num * BigInt(n + k);
}

describe('ODR, ODR_BREAKDOWN and ODR_ORDERS_NEEDED on generated tables', () => {
  it('agree with the model: rate in [0, 1], counts per channel, orders needed exact', () => {
    fc.assert(
      fc.property(
        modelArb(),
        layoutArb,
        fc.constantFrom<Scope>('MFN', 'AFN', 'ALL'),
        fc.constantFrom(...TARGETS),
        (model, layout, scope, target) => {
          const env = envFor(model.zone);
          const t = render(model, layout, env);
          const want = expected(model);
          const base = [t.orders, t.defects, t.asOf];

          // Default channel: the worse of the channels present, or all orders.
          const present = (model.inline.channel ? (['MFN', 'AFN'] as const) : (['ALL'] as const))
            .filter((s) => want.counts[s].orders > 0)
            .map((s) => rate(want.counts[s]));
          const odr = num(env, 'ODR', base);
          if (present.length === 0) {
            expect(odr).toMatch(/^No orders in the 60-day window/);
          } else {
            expect(odr).toBeGreaterThanOrEqual(0);
            expect(odr).toBeLessThanOrEqual(1);
            expect(odr).toBe(Math.max(...present));
          }

          // An explicit channel.
          const c = want.counts[scope];
          const asked = num(env, 'ODR', [...base, scope]);
          if (c.orders === 0) expect(asked).toMatch(/^No (MFN |AFN )?orders in the 60-day window/);
          else expect(asked).toBe(rate(c));

          // The breakdown: one row per channel present (or ALL), with the model's counts.
          const breakdown = table(env, 'ODR_BREAKDOWN', base);
          if (present.length === 0) {
            expect(breakdown).toMatch(/^No orders in the 60-day window/);
          } else {
            const rows = breakdown as unknown[][];
            const shown = model.inline.channel
              ? (['MFN', 'AFN'] as const).filter((s) => want.counts[s].orders > 0)
              : (['ALL'] as const);
            expect(rows.map((r) => r[0])).toEqual(['Channel', ...shown]);
            for (const row of rows.slice(1)) {
              const s = want.counts[row[0] as Scope];
              expect(row.slice(3, 6)).toEqual([s.orders, s.defective, rate(s)]);
              expect((row[2] as Date).getTime()).toBe(instantOn(want.asOf, 0, model.zone));
              expect(row[9]).toBe(under(s.defective, s.orders, 0, TARGETS[0]) ? 'OK' : 'AT RISK');
            }
          }

          // Orders needed: k more clean orders get under target, k − 1 do not (exact integers).
          const k = num(env, 'ODR_ORDERS_NEEDED', [...base, scope, target.arg]);
          if (c.orders === 0) {
            expect(k).toMatch(/^No (MFN |AFN )?orders in the 60-day window/);
          } else {
            expect(Number.isInteger(k)).toBe(true);
            expect(under(c.defective, c.orders, k as number, target)).toBe(true);
            if ((k as number) > 0)
              expect(under(c.defective, c.orders, (k as number) - 1, target)).toBe(false);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('row order and duplicated rows change nothing', () => {
    fc.assert(
      fc.property(
        modelArb(),
        layoutArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        (model, layout, keys, dupAt) => {
          const env = envFor(model.zone);
          const t = render(model, layout, env);
          const shuffled = {
            orders: shuffleData(t.orders, t.ordersHead, keys),
            defects: t.defects && shuffleData(t.defects, t.defectsHead, keys.slice().reverse()),
          };
          const dup = (rows: unknown[][], head: number): unknown[][] => {
            const out = rows.slice();
            for (const n of dupAt) {
              const dataRows = out.length - head;
              if (dataRows <= 0) break;
              out.splice(head + (n % (dataRows + 1)), 0, out[head + (n % dataRows)].slice());
            }
            return out;
          };
          const duplicated = {
            orders: dup(t.orders, t.ordersHead),
            defects: t.defects && dup(t.defects, t.defectsHead),
          };
          for (const scope of [undefined, ...scopesOf(model)]) {
            const a = num(env, 'ODR', [t.orders, t.defects, t.asOf, scope]);
            expect(num(env, 'ODR', [shuffled.orders, shuffled.defects, t.asOf, scope])).toBe(a);
            expect(num(env, 'ODR', [duplicated.orders, duplicated.defects, t.asOf, scope])).toBe(a);
          }
          const b = table(env, 'ODR_BREAKDOWN', [t.orders, t.defects, t.asOf]);
          expect(table(env, 'ODR_BREAKDOWN', [shuffled.orders, shuffled.defects, t.asOf])).toEqual(
            b,
          );
          expect(
            table(env, 'ODR_BREAKDOWN', [duplicated.orders, duplicated.defects, t.asOf]),
          ).toEqual(b);
          const n = num(env, 'ODR_ORDERS_NEEDED', [t.orders, t.defects, t.asOf, 'ALL']);
          expect(
            num(env, 'ODR_ORDERS_NEEDED', [duplicated.orders, duplicated.defects, t.asOf, 'ALL']),
          ).toBe(n);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a defect-free order in the window never raises ODR; removing a defect never raises it', () => {
    fc.assert(
      fc.property(
        modelArb(),
        layoutArb,
        fc.nat(),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom<'MFN' | 'AFN'>('MFN', 'AFN'),
        (model0, layout, pickDefect, back, channel) => {
          // An explicit as_of, so the window stays where it is.
          const model: Model = { ...model0, asOf: model0.asOf ?? 0 };
          const env = envFor(model.zone);
          const want = expected(model);
          const scope: Scope = model.inline.channel ? channel : 'ALL';
          const t = render(model, layout, env);
          const before = num(env, 'ODR', [t.orders, t.defects, t.asOf, scope]);

          // Add a clean order on a day inside the window, in the asked channel.
          const clean: Model = {
            ...model,
            orders: [
              ...model.orders,
              {
                ...model.orders[0],
                id: 'NEW-0000001-CLEAN',
                day: want.asOf - back - model.base,
                channel,
                items: 1,
                stars: 0,
                atoz: 'none',
                chargeback: 'none',
              },
            ],
          };
          const ct = render(clean, layout, env);
          const after = num(env, 'ODR', [ct.orders, ct.defects, ct.asOf, scope]);
          expect(typeof after).toBe('number');
          if (typeof before === 'number') expect(after).toBeLessThanOrEqual(before);
          else expect(after).toBe(0);

          // Remove every defect of one defective order (inline flags and defect-list rows).
          const defective = model.orders
            .map((_, i) => i)
            .filter((i) => expected(model).defectiveIds.has(model.orders[i].id));
          if (defective.length === 0) return;
          const victim = defective[pickDefect % defective.length];
          const fixed: Model = {
            ...model,
            orders: model.orders.map((o, i) =>
              i === victim ? { ...o, stars: 0, atoz: 'none', chargeback: 'none' } : o,
            ),
            defects: model.defects.filter((d) => d.order !== victim),
          };
          const ft = render(fixed, layout, env);
          for (const s of [undefined, scope]) {
            const was = num(env, 'ODR', [t.orders, t.defects, t.asOf, s]);
            const now = num(env, 'ODR', [ft.orders, ft.defects, ft.asOf, s]);
            if (typeof was === 'number') expect(now).toBeLessThanOrEqual(was);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('ODR_ORDERS_NEEDED orders, really added as rows, bring the rate under target; one fewer does not', () => {
    fc.assert(
      fc.property(
        modelArb({ maxOrders: 12, span: 50 }),
        layoutArb,
        fc.constantFrom(...TARGETS.filter((x) => x.num * 100n >= 5n * x.den)),
        fc.integer({ min: 0, max: 59 }),
        (model0, layout, target, back) => {
          const model: Model = {
            ...model0,
            asOf: 0,
            defectTable: false,
            // Defects from a column of the orders (without any, the functions say so instead).
            inline: {
              ...model0.inline,
              channel: false,
              chargeback:
                model0.inline.chargeback ||
                (model0.inline.feedback === 'none' && !model0.inline.atoz),
            },
          };
          const env = envFor(model.zone);
          const want = expected(model);
          const t = render(model, layout, env);
          const k = num(env, 'ODR_ORDERS_NEEDED', [t.orders, t.defects, t.asOf, 'ALL', target.arg]);
          if (typeof k !== 'number' || k > 40) return;
          const day = isoDay(want.asOf - back);
          const withClean = (n: number) => [
            ...t.orders,
            ...Array.from({ length: n }, (_, i) => {
              const row = new Array<unknown>(t.orders[t.ordersHead - 1].length).fill('');
              const header = t.orders[t.ordersHead - 1].map((h) => String(h));
              row[header.indexOf(layout.headers.orderId as string)] = `CLEAN-${i}`;
              row[header.indexOf(layout.headers.purchaseDate as string)] = day;
              return row;
            }),
          ];
          const counts = (rows: unknown[][]) => {
            const b = table(env, 'ODR_BREAKDOWN', [rows, undefined, t.asOf]) as unknown[][];
            return { orders: b[1][3] as number, defective: b[1][4] as number };
          };
          const enough = counts(withClean(k));
          expect(under(enough.defective, enough.orders, 0, target)).toBe(true);
          if (k > 0) {
            const short = counts(withClean(k - 1));
            expect(under(short.defective, short.orders, 0, target)).toBe(false);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

afterAll(() => {
  // Every function of this file ran at least RUNS cases.
  for (const name of ['ODR', 'ODR_BREAKDOWN', 'ODR_ORDERS_NEEDED'])
    expect(casesRun.get(name) ?? 0).toBeGreaterThanOrEqual(RUNS);
});
