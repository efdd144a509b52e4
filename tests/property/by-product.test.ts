/**
 * ODR_BY_PRODUCT on generated messy tables through the built bundle (issue 13), against the
 * model: per SKU, the window's orders and defective orders in the channel asked for.
 *
 * The invariant that ties it to the ODR: an order with several SKUs counts under each of them,
 * so the rows' "Orders with defects" add up to at least the window's defective orders, and
 * exactly to Σ over the defective orders of their number of distinct SKUs; the set union of the
 * per-SKU defective orders is the window's defective orders (every order has an item row, and
 * a row without a SKU counts under "(no SKU or ASIN)").
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
import {
  JUNK_HEADERS,
  expected,
  isDefective,
  layoutArb,
  modelArb,
  render,
  shuffleData,
  type Model,
} from './model';

const RUNS = 1000;
const NAME = 'ODR_BY_PRODUCT';
const NO_SKU = '(no SKU or ASIN)';

beforeAll(requireBuild);
afterAll(() => printSummary(NAME));

/** SKU cells as sellers have them: codes, numbers, padded text, non-Latin, blank. */
const SKU_CELLS: unknown[] = [
  'GL-VASE-20',
  'USB-C-CHG-65',
  ' GL-VASE-20 ',
  'YOGA-MAT-BLU',
  12345,
  '12345',
  '杯子-白色',
  'Ünï-SKU 📦',
  '',
];

/** The SKU key a cell stands for (as ODR_BY_PRODUCT reads it): text trimmed, numbers as written. */
const keyOf = (cell: unknown): string => String(cell).trim();

const productsArb = (model: Model) =>
  fc.record({
    header: fc.constantFrom('sku', 'SKU', 'seller-sku', 'Seller SKU', '卖家SKU', 'asin', 'ASIN'),
    cells: fc.tuple(
      ...model.orders.map((o) =>
        fc.array(fc.constantFrom(...SKU_CELLS), { minLength: o.items, maxLength: o.items }),
      ),
    ),
  });

const caseArb = modelArb().chain((model) =>
  productsArb(model).map((products) => ({ ...model, products })),
);

/**
 * Layouts without the junk sku / ASIN columns, which would be read as the products; a junk
 * name column (product-name, 商品名称) stays: whatever it holds, the answer must not depend on
 * row order.
 */
const productFree = new Set(['sku', 'ASIN']);
const layout = layoutArb.map((l) => ({
  ...l,
  junkHeaders: l.junkHeaders.filter((h) => !productFree.has(h)),
}));

interface ProductModel {
  orders: Map<string, Set<string>>;
  defective: Map<string, Set<string>>;
  /** Σ over the scope's defective orders of their distinct SKUs. */
  defectiveEntries: number;
  ordersEntries: number;
}

/** The model's answer: per SKU key, the window's orders and defective orders in the scope. */
function productModel(model: Model, scope: 'MFN' | 'AFN' | 'ALL'): ProductModel {
  const want = expected(model);
  const out: ProductModel = {
    orders: new Map(),
    defective: new Map(),
    defectiveEntries: 0,
    ordersEntries: 0,
  };
  model.orders.forEach((o, i) => {
    const day = model.base + o.day;
    if (day < want.start || day > want.asOf) return;
    if (scope !== 'ALL' && (!model.inline.channel || o.channel !== scope)) return;
    const keys = new Set((model.products?.cells[i] ?? []).map(keyOf));
    const bad = isDefective(model, i);
    for (const key of keys) {
      const label = key === '' ? NO_SKU : key;
      if (!out.orders.has(label)) out.orders.set(label, new Set());
      out.orders.get(label)?.add(o.id);
      if (!bad) continue;
      if (!out.defective.has(label)) out.defective.set(label, new Set());
      out.defective.get(label)?.add(o.id);
    }
    out.ordersEntries += keys.size;
    if (bad) out.defectiveEntries += keys.size;
  });
  return out;
}

const EMPTY_WINDOW =
  /^No (MFN |AFN )?orders in the 60-day window \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\./;

function table(env: ZoneEnv, args: unknown[]): unknown[][] | string {
  const out = run(env, NAME, args);
  count(NAME);
  if (!out.ok) return out.message;
  const problem = shapeProblem(out.value, 'table');
  if (problem) throw new Error(`${NAME}: ${problem}`);
  return out.value as unknown[][];
}

describe('ODR_BY_PRODUCT on generated tables', () => {
  it('agrees with the model; the per-SKU defective orders cover the window’s exactly', () => {
    fc.assert(
      fc.property(caseArb, layout, fc.constantFrom(undefined, 'MFN', 'AFN', 'ALL'), (m, l, ch) => {
        const env = envFor(m.zone);
        const t = render(m, l, env);
        const want = expected(m);
        const scope = ch ?? 'ALL';
        const got = table(env, [t.orders, t.defects, t.asOf, ch]);
        if (want.counts[scope].orders === 0) {
          expect(got).toMatch(EMPTY_WINDOW);
          return;
        }
        const rows = got as unknown[][];
        expect(rows[0]).toEqual([
          'SKU',
          'ASIN',
          'Product',
          'Orders',
          'Orders with defects',
          'Defect rate',
          'Share of defective orders',
          'Main complaint',
        ]);
        const body = rows.slice(1);
        const isAsin = /^asin$/i.test(m.products?.header ?? '');
        const label = (r: unknown[]) => (r[0] === NO_SKU ? NO_SKU : String(isAsin ? r[1] : r[0]));
        const pm = productModel(m, scope);
        const windowDefective = [...want.defectiveIds]
          .filter(([, c]) => scope === 'ALL' || c === scope)
          .map(([id]) => id);

        // One row per SKU of the window, with the model's counts.
        expect(body.map(label).sort()).toEqual([...pm.orders.keys()].sort());
        for (const r of body) {
          const key = label(r);
          expect(r[3]).toBe(pm.orders.get(key)?.size);
          expect(r[4]).toBe(pm.defective.get(key)?.size ?? 0);
          expect(r[5]).toBeCloseTo((r[4] as number) / (r[3] as number), 12);
          const share = windowDefective.length > 0 ? (r[4] as number) / windowDefective.length : 0;
          expect(r[6]).toBeCloseTo(share, 12);
          expect(r[7] === '').toBe(r[4] === 0);
        }
        // The exact invariant: the union of the per-SKU defective orders is the window's
        // defective orders, and the rows add up to each defective order once per SKU it has.
        const union = new Set(body.flatMap((r) => [...(pm.defective.get(label(r)) ?? [])]));
        expect([...union].sort()).toEqual(windowDefective.sort());
        const sum = body.reduce((n, r) => n + (r[4] as number), 0);
        expect(sum).toBe(pm.defectiveEntries);
        expect(sum).toBeGreaterThanOrEqual(windowDefective.length);
        expect(body.reduce((n, r) => n + (r[3] as number), 0)).toBe(pm.ordersEntries);
        // Sorted: most orders with defects first, then the higher defect rate.
        for (let i = 1; i < body.length; i++) {
          const [a, b] = [body[i - 1], body[i]];
          expect(a[4] as number).toBeGreaterThanOrEqual(b[4] as number);
          if (a[4] === b[4]) expect(a[5] as number).toBeGreaterThanOrEqual(b[5] as number);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('row order and duplicated rows change nothing', () => {
    fc.assert(
      fc.property(
        caseArb,
        layout,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
        fc.nat(),
        (m, l, keys, dupAt) => {
          const env = envFor(m.zone);
          const t = render(m, l, env);
          const dataRows = t.orders.length - t.ordersHead;
          const duplicated = t.orders.slice();
          duplicated.splice(
            t.ordersHead + (dupAt % (dataRows + 1)),
            0,
            t.orders[t.ordersHead + (dupAt % Math.max(1, dataRows))]?.slice() ?? [],
          );
          const a = comparable(table(env, [t.orders, t.defects, t.asOf]));
          const shuffled = shuffleData(t.orders, t.ordersHead, keys);
          expect(comparable(table(env, [shuffled, t.defects, t.asOf]))).toEqual(a);
          expect(comparable(table(env, [duplicated, t.defects, t.asOf]))).toEqual(a);
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });

  it('the junk columns the other property tests use include the product headers it reads', () => {
    // Keeps this file's filter honest: were they renamed there, the filter would do nothing.
    for (const h of productFree) expect(JUNK_HEADERS).toContain(h);
  });
});

afterAll(() => {
  expect(casesRun.get(NAME) ?? 0).toBeGreaterThanOrEqual(RUNS);
});
