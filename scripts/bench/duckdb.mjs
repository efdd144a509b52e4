// The peer an analyst would reach for: the same ODR as one SQL query in DuckDB (in memory,
// 2 threads), on tables loaded from the same rows before the clock starts. DuckDB's `/` on
// integers gives a double, so day arithmetic uses `//` (integer division).
import { DuckDBInstance } from '@duckdb/node-api';
import { DAY_MS, EXCLUDED_STATUSES } from './data.mjs';

export const DUCKDB_THREADS = 2;

const CHANNEL_SQL = "CASE o.channel WHEN 'Merchant' THEN 'MFN' ELSE 'AFN' END";
const EXCLUDED_SQL = EXCLUDED_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * Amazon's ODR per channel, written as an analyst would: the 60-day window ending on the latest
 * purchase day (both ends inclusive), distinct orders in it, and of those the orders with at
 * least one defect whose status does not exclude it, joined by order id; per defect type too.
 */
export const ODR_SQL = `
WITH bounds AS (
  SELECT (MAX(purchase_ms) // ${DAY_MS} - 59) * ${DAY_MS} AS lo,
         (MAX(purchase_ms) // ${DAY_MS} + 1) * ${DAY_MS} AS hi
  FROM orders
),
win AS (
  SELECT o.order_id, MIN(${CHANNEL_SQL}) AS channel
  FROM orders o, bounds
  WHERE o.purchase_ms >= bounds.lo AND o.purchase_ms < bounds.hi
  GROUP BY o.order_id
),
bad AS (
  SELECT order_id,
         MAX(CASE WHEN type = 'Negative feedback' THEN 1 ELSE 0 END) AS nf,
         MAX(CASE WHEN type = 'A-to-z claim' THEN 1 ELSE 0 END) AS atoz,
         MAX(CASE WHEN type = 'Chargeback' THEN 1 ELSE 0 END) AS cb
  FROM defects
  WHERE status NOT IN (${EXCLUDED_SQL})
  GROUP BY order_id
)
SELECT w.channel AS channel,
       COUNT(*) AS orders,
       COUNT(b.order_id) AS defective,
       COALESCE(SUM(b.nf), 0) AS negativeFeedback,
       COALESCE(SUM(b.atoz), 0) AS atoz,
       COALESCE(SUM(b.cb), 0) AS chargeback,
       (SELECT lo // ${DAY_MS} FROM bounds) AS startDay
FROM win w LEFT JOIN bad b ON b.order_id = w.order_id
GROUP BY w.channel
ORDER BY w.channel DESC`;

/** Untimed cross-check: the defective orders' ids, for ODR_DEFECTS. */
const DEFECTIVE_IDS_SQL = `
WITH bounds AS (
  SELECT (MAX(purchase_ms) // ${DAY_MS} - 59) * ${DAY_MS} AS lo,
         (MAX(purchase_ms) // ${DAY_MS} + 1) * ${DAY_MS} AS hi
  FROM orders
)
SELECT DISTINCT o.order_id AS id
FROM orders o, bounds, defects d
WHERE d.order_id = o.order_id
  AND o.purchase_ms >= bounds.lo AND o.purchase_ms < bounds.hi
  AND d.status NOT IN (${EXCLUDED_SQL})
ORDER BY o.order_id`;

/** Untimed cross-check for ODR_CHECK's summary: distinct orders in the whole range, per channel. */
const DISTINCT_SQL = `
SELECT COUNT(DISTINCT order_id) AS orders,
       COUNT(DISTINCT CASE WHEN channel = 'Merchant' THEN order_id END) AS mfn,
       COUNT(DISTINCT CASE WHEN channel <> 'Merchant' THEN order_id END) AS afn
FROM orders`;

/** Plain numbers: DuckDB returns BIGINT and HUGEINT sums as bigint. */
function plain(row) {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
  );
}

/** Loads the rows into an in-memory database (2 threads) through DuckDB's appender. */
export async function loadDuckDb(orders, defects) {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(DUCKDB_THREADS) });
  const connection = await instance.connect();
  await connection.run(`
    CREATE TABLE orders (order_id VARCHAR NOT NULL, purchase_ms BIGINT NOT NULL, channel VARCHAR NOT NULL);
    CREATE TABLE defects (order_id VARCHAR NOT NULL, type VARCHAR NOT NULL, status VARCHAR NOT NULL);`);
  const orderAppender = await connection.createAppender('orders');
  for (let r = 1; r < orders.length; r++) {
    const row = orders[r];
    orderAppender.appendVarchar(row[0]);
    orderAppender.appendBigInt(BigInt(row[1].getTime()));
    orderAppender.appendVarchar(row[3]);
    orderAppender.endRow();
  }
  orderAppender.closeSync();
  const defectAppender = await connection.createAppender('defects');
  for (let r = 1; r < defects.length; r++) {
    const row = defects[r];
    defectAppender.appendVarchar(row[0]);
    defectAppender.appendVarchar(row[1]);
    defectAppender.appendVarchar(row[2]);
    defectAppender.endRow();
  }
  defectAppender.closeSync();
  // Statistics and storage settled before timing, as an analyst's loaded database would be.
  await connection.run('CHECKPOINT');
  return {
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** The prepared ODR statement: `run()` is what the bench times (query + its 2 result rows). */
export async function prepareOdr(db) {
  const statement = await db.connection.prepare(ODR_SQL);
  return async () => {
    const result = await statement.run();
    return (await result.getRowObjectsJS()).map(plain);
  };
}

export async function distinctOrders(db) {
  const result = await db.connection.run(DISTINCT_SQL);
  return plain((await result.getRowObjectsJS())[0]);
}

export async function defectiveIds(db) {
  const result = await db.connection.run(DEFECTIVE_IDS_SQL);
  return (await result.getRowObjectsJS()).map((r) => r.id);
}
