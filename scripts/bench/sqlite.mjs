// The peer a seller's analyst would reach for: the same ODR as one SQL query in SQLite
// (better-sqlite3), on tables loaded from the same rows and indexed before the clock starts.
import Database from 'better-sqlite3';
import { DAY_MS, EXCLUDED_STATUSES } from './data.mjs';

const CHANNEL_SQL = "CASE o.channel WHEN 'Merchant' THEN 'MFN' ELSE 'AFN' END";
const EXCLUDED_SQL = EXCLUDED_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * Amazon's ODR per channel, written as an analyst would: the 60-day window ending on the latest
 * purchase day (both ends inclusive), distinct orders in it, and of those the orders with at
 * least one defect whose status does not exclude it, joined by order id; per defect type too.
 */
export const ODR_SQL = `
WITH bounds AS (
  SELECT (MAX(purchase_ms) / ${DAY_MS} - 59) * ${DAY_MS} AS lo,
         (MAX(purchase_ms) / ${DAY_MS} + 1) * ${DAY_MS} AS hi
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
         MAX(type = 'Negative feedback') AS nf,
         MAX(type = 'A-to-z claim') AS atoz,
         MAX(type = 'Chargeback') AS cb
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
       (SELECT lo / ${DAY_MS} FROM bounds) AS startDay
FROM win w LEFT JOIN bad b ON b.order_id = w.order_id
GROUP BY w.channel
ORDER BY w.channel DESC`;

/** Untimed cross-checks: the defective orders' ids, for ODR_DEFECTS. */
const DEFECTIVE_IDS_SQL = `
WITH bounds AS (
  SELECT (MAX(purchase_ms) / ${DAY_MS} - 59) * ${DAY_MS} AS lo,
         (MAX(purchase_ms) / ${DAY_MS} + 1) * ${DAY_MS} AS hi
  FROM orders
)
SELECT DISTINCT o.order_id AS id
FROM orders o, bounds JOIN defects d ON d.order_id = o.order_id
WHERE o.purchase_ms >= bounds.lo AND o.purchase_ms < bounds.hi
  AND d.status NOT IN (${EXCLUDED_SQL})
ORDER BY o.order_id`;

/** Loads the rows into an in-memory database with the indexes the query wants. */
export function loadSqlite(orders, defects) {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE orders (order_id TEXT NOT NULL, purchase_ms INTEGER NOT NULL, channel TEXT NOT NULL);
    CREATE TABLE defects (order_id TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL);`);
  const insertOrder = db.prepare('INSERT INTO orders VALUES (?, ?, ?)');
  const insertDefect = db.prepare('INSERT INTO defects VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let r = 1; r < orders.length; r++) {
      const row = orders[r];
      insertOrder.run(row[0], row[1].getTime(), row[3]);
    }
    for (let r = 1; r < defects.length; r++) {
      const row = defects[r];
      insertDefect.run(row[0], row[1], row[2]);
    }
  })();
  db.exec(`
    CREATE INDEX orders_by_date ON orders (purchase_ms, order_id, channel);
    CREATE INDEX orders_by_id ON orders (order_id);
    CREATE INDEX defects_by_id ON defects (order_id, status, type);
    ANALYZE;`);
  return db;
}

/** The prepared ODR statement: `run()` is what the bench times. */
export function prepareOdr(db) {
  const stmt = db.prepare(ODR_SQL);
  return () => stmt.all();
}

export function defectiveIds(db) {
  return db
    .prepare(DEFECTIVE_IDS_SQL)
    .all()
    .map((r) => r.id);
}
