// Deterministic synthetic seller data for the benchmarks: the same seed gives the same rows in
// every process, so each measurement (one child process each) sees identical input.

/** Deterministic PRNG (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED = 42;
export const DAY_MS = 86_400_000;
/** First purchase day of the data; 90 days of orders, so the 60-day window cuts the data. */
export const START_MS = Date.UTC(2024, 0, 1);
export const DAYS = 90;

export const ORDERS_HEADER = [
  'amazon-order-id',
  'purchase-date',
  'order-status',
  'fulfillment-channel',
  'sku',
  'quantity',
  'item-price',
];
export const DEFECTS_HEADER = ['Order ID', 'Type', 'Status', 'Defect date', 'Comment'];

/**
 * Defect statuses whose meaning is unambiguous under the engine's rules (src/core/rules.ts):
 * the counting ones are in COUNTING_STATUSES, the excluded ones match an EXCLUDING_STEMS stem.
 * The SQL peer mirrors EXCLUDED_STATUSES in its WHERE clause.
 */
const STATUSES = {
  'Negative feedback': { counting: ['', ''], excluded: ['Removed'] },
  'A-to-z claim': { counting: ['Open', 'Granted', 'Closed'], excluded: ['Denied', 'Withdrawn'] },
  Chargeback: { counting: ['Open', 'Closed'], excluded: ['Withdrawn'] },
};
export const EXCLUDED_STATUSES = ['Denied', 'Withdrawn', 'Removed'];

/** Sheets hands over flat strings; a template literal can build a rope, so flatten it. */
function flat(text) {
  return Buffer.from(text, 'latin1').toString('latin1');
}

/**
 * All Orders rows as Sheets' getValues / a custom-function range passes them: one new Date per
 * cell (of `DateCtor`'s realm) and one string per cell, ~1.3 item rows per order (consecutive,
 * as Amazon's report has them), both channels, 90 days of purchase times. Defects ≈ `defectRows`
 * rows: feedback 55 %, A-to-z 35 %, chargebacks 10 %; one status in six excludes the defect;
 * some orders carry two defects; 0.5 % name an order not in the orders range.
 */
export function generate(rows, defectRows, DateCtor = Date, seed = SEED) {
  const rand = random(seed);
  const orders = [ORDERS_HEADER.slice()];
  const ids = [];
  const statuses = ['Shipped', 'Shipped', 'Shipped', 'Pending', 'Cancelled'];
  while (orders.length - 1 < rows) {
    const n = ids.length;
    const id = `${100 + Math.floor(rand() * 900)}-${String(n).padStart(7, '0')}-${String(Math.floor(rand() * 1e7)).padStart(7, '0')}`;
    ids.push(flat(id));
    const ms = START_MS + Math.floor(rand() * DAYS * DAY_MS);
    const channel = rand() < 0.35 ? 'Merchant' : 'Amazon';
    const status = statuses[Math.floor(rand() * statuses.length)];
    const items = rand() < 0.25 ? (rand() < 0.8 ? 2 : 3) : 1;
    for (let k = 0; k < items && orders.length - 1 < rows; k++) {
      const sku = Math.floor(rand() * 500);
      orders.push([
        flat(id),
        new DateCtor(ms),
        status,
        channel,
        `SKU-${sku}`,
        1 + Math.floor(rand() * 3),
        Math.round(500 + rand() * 5000) / 100,
      ]);
    }
  }
  const defects = [DEFECTS_HEADER.slice()];
  const comments = [
    'Item arrived late',
    'Never arrived',
    'Arrived broken',
    'Not as described',
    'Wrong item sent',
  ];
  let previous = '';
  for (let i = 0; i < defectRows; i++) {
    const r = rand();
    const type = r < 0.55 ? 'Negative feedback' : r < 0.9 ? 'A-to-z claim' : 'Chargeback';
    const u = rand();
    // Unknown orders and a second defect on the previous defect's order, as real exports have.
    const id =
      u < 0.005
        ? `999-${String(i).padStart(7, '0')}-0000000`
        : u < 0.08 && previous !== ''
          ? previous
          : ids[Math.floor(rand() * ids.length)];
    previous = id;
    const s = rand();
    const pool = s < 1 / 6 ? STATUSES[type].excluded : STATUSES[type].counting;
    const status = pool[Math.floor(rand() * pool.length)];
    defects.push([
      flat(id),
      type,
      status,
      new DateCtor(START_MS + Math.floor(rand() * (DAYS + 20) * DAY_MS)),
      comments[Math.floor(rand() * comments.length)],
    ]);
  }
  return { orders, defects };
}
