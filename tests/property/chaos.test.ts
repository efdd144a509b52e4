/**
 * Broken input for every custom function through the built bundle: random tables of wrong
 * types, header words in the wrong places, impossible dates, huge and non-Latin strings, empty
 * ranges, single cells where ranges belong, and well-formed tables with cells corrupted. Every
 * answer is a finite number or a well-formed table, or an Error whose message names the problem.
 */
import fc from 'fast-check';
import { HEADER_SYNONYMS } from '../../src/core/engine/columns';
import {
  count,
  casesRun,
  envFor,
  printSummary,
  requireBuild,
  run,
  shapeProblem,
  type ZoneEnv,
} from './harness';
import { BUYER_TEXTS, ZONES, junkCell, layoutArb, modelArb, render, type Realm } from './model';

const RUNS = 1000;
const FUNCTIONS: readonly { name: string; kind: 'number' | 'table'; args: number }[] = [
  { name: 'ODR', kind: 'number', args: 4 },
  { name: 'ODR_BREAKDOWN', kind: 'table', args: 3 },
  { name: 'ODR_DEFECTS', kind: 'table', args: 4 },
  { name: 'ODR_ORDERS_NEEDED', kind: 'number', args: 5 },
  { name: 'ODR_FORECAST', kind: 'table', args: 5 },
  { name: 'ODR_CHECK', kind: 'table', args: 2 },
  { name: 'ODR_ROOT_CAUSES', kind: 'table', args: 3 },
  { name: 'ODR_BY_PRODUCT', kind: 'table', args: 4 },
];
/** Longer than any message a seller can read in a cell's hover. */
const MAX_MESSAGE = 2_000;

beforeAll(requireBuild);
afterAll(() => printSummary('broken input, all functions'));

/** A Date to make in the bundle's realm (fast-check values stay plain data). */
interface DateMark {
  date: number;
}
const isMark = (v: unknown): v is DateMark =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'date' in v;

function materialize(v: unknown, realm: Realm): unknown {
  if (Array.isArray(v)) return v.map((x) => materialize(x, realm));
  if (isMark(v)) return new realm.Date(v.date);
  return v;
}

const HUGE = ['x'.repeat(100_000), '订单编号'.repeat(20_000), 'order-id '.repeat(5_000)];
const ALL_HEADERS = Object.values(HEADER_SYNONYMS).flat();
const DATEISH = [
  '2024-01-14',
  '1/14/2024',
  '14.01.2024',
  '13/13/2024',
  '2024-02-30',
  '45300',
  '0/0/0',
  '9999-99-99T99:99',
  '2024-01-14T23:10:05+14:00',
  '2024-01-14T00:00:00-12:00',
  'Jan 32, 2024',
  '2024年13月1日',
];

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: junkCell },
  { weight: 2, arbitrary: fc.constantFrom(...ALL_HEADERS) },
  { weight: 2, arbitrary: fc.constantFrom(...DATEISH) },
  {
    weight: 2,
    arbitrary: fc
      // Dates Sheets can hold: years 100 to 9999.
      .integer({ min: -59_000_000_000_000, max: 253_402_300_799_000 })
      .map((date): DateMark => ({ date })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      'Yes',
      'Denied',
      'Open',
      'Merchant',
      'Amazon',
      'FBA',
      true,
      1,
      2,
      0,
      -0,
      1e308,
      -1e308,
      2_958_465,
      19_000_101,
      Number.MIN_VALUE,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE, ...BUYER_TEXTS) },
);

const randomTable: fc.Arbitrary<unknown[][]> = fc
  .integer({ min: 1, max: 6 })
  .chain((w) =>
    fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 12 }),
  );

const emptyRange = fc.constantFrom<unknown>([], [[]], [['']], [[''], ['']], [['', '', '']]);

/** A well-formed case with some cells replaced by anything at all. */
const corrupted = fc.record({
  model: modelArb({ maxOrders: 10 }),
  layout: layoutArb,
  hits: fc.array(fc.record({ r: fc.nat(), c: fc.nat(), v: cell, defects: fc.boolean() }), {
    minLength: 1,
    maxLength: 6,
  }),
});

const argument = fc.oneof(
  fc.constant(undefined),
  fc.constant(''),
  cell,
  cell.map((v) => [[v]]),
);

const caseArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  orders: fc.oneof(
    { weight: 3, arbitrary: randomTable.map((t) => ({ table: t })) },
    { weight: 4, arbitrary: corrupted.map((c) => ({ corrupted: c })) },
    { weight: 1, arbitrary: cell.map((v) => ({ table: v })) },
    { weight: 1, arbitrary: emptyRange.map((t) => ({ table: t })) },
  ),
  defects: fc.oneof(fc.constant(undefined), fc.constant(''), randomTable, emptyRange, cell),
  asOf: argument,
  channel: fc.oneof(
    argument,
    fc.constantFrom<unknown>('MFN', 'AFN', 'ALL', 'both', 'fba', 'xyz', '全部', 5, true),
  ),
  target: fc.oneof(
    argument,
    fc.constantFrom<unknown>(
      0.01,
      '1%',
      0,
      -1,
      2,
      'abc',
      '%',
      '1e-9',
      1e-300,
      Number.MIN_VALUE,
      1,
      '100%',
      '0.5 %',
    ),
  ),
  days: fc.oneof(argument, fc.constantFrom<unknown>(1, 60, 366, 0, 367, -5, 2.5, '30', 'abc', 1e9)),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function buildArgs(c: Case, env: ZoneEnv): unknown[] {
  let orders: unknown;
  let defects: unknown = materialize(c.defects, env);
  if ('corrupted' in c.orders) {
    const { model, layout, hits } = c.orders.corrupted;
    const t = render(model, layout, env);
    const tables = [t.orders, t.defects ?? t.orders];
    for (const hit of hits) {
      const target = tables[hit.defects ? 1 : 0];
      const row = target[hit.r % target.length];
      row[hit.c % row.length] = materialize(hit.v, env);
    }
    orders = t.orders;
    if (t.defects && c.defects === undefined) defects = t.defects;
  } else {
    orders = materialize(c.orders.table, env);
  }
  return [
    orders,
    defects,
    materialize(c.asOf, env),
    materialize(c.channel, env),
    materialize(c.target, env),
  ];
}

describe('every custom function on broken input', () => {
  it('answers a finite number or a well-formed table, or throws an Error naming the problem', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const env = envFor(c.zone);
        const args = buildArgs(c, env);
        for (const fn of FUNCTIONS) {
          const given = args.slice(0, fn.args);
          if (fn.name === 'ODR_FORECAST') given[4] = materialize(c.days, env);
          const out = run(env, fn.name, given);
          count(fn.name);
          if (!out.ok) {
            expect(out.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
            continue;
          }
          const problem = shapeProblem(out.value, fn.kind);
          if (problem) throw new Error(`${fn.name}: ${problem}`);
          // A result cell Sheets can hold: at most 50,000 characters.
          if (Array.isArray(out.value)) {
            const longest = Math.max(
              ...(out.value as unknown[][]).flat().map((v) => String(v).length),
            );
            expect({ fn: fn.name, longest: Math.min(longest, 50_001) }).toEqual({
              fn: fn.name,
              longest: Math.min(longest, 50_000),
            });
          }
          if (fn.name === 'ODR') {
            expect(out.value).toBeGreaterThanOrEqual(0);
            expect(out.value).toBeLessThanOrEqual(1);
          }
          if (fn.name === 'ODR_ORDERS_NEEDED') {
            expect(Number.isSafeInteger(out.value)).toBe(true);
            expect(out.value).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

afterAll(() => {
  for (const fn of FUNCTIONS) expect(casesRun.get(fn.name) ?? 0).toBeGreaterThanOrEqual(RUNS);
});
