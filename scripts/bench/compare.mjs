// Checks that the custom functions and the DuckDB query give the same numbers.

/** DuckDB's rows as ODR_BREAKDOWN's figures (rate divided the same way, in doubles). */
function sqlStats(rows) {
  return rows.map((r) => ({
    scope: r.channel,
    orders: r.orders,
    defective: r.defective,
    rate: r.orders > 0 ? r.defective / r.orders : '',
    negativeFeedback: r.negativeFeedback,
    atoz: r.atoz,
    chargeback: r.chargeback,
    startDay: r.startDay,
  }));
}

function isoDay(day) {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The channel a single-number answer is about: the one with the higher rate, compared exactly. */
function pickScope(stats) {
  const mfn = stats.find((s) => s.scope === 'MFN');
  const afn = stats.find((s) => s.scope === 'AFN');
  return mfn && afn ? (afn.defective * mfn.orders > mfn.defective * afn.orders ? afn : mfn) : mfn;
}

/**
 * Returns a list of disagreements; empty when ours and DuckDB's agree. `ours` holds each
 * function's checkable result (see measure.mjs); `sql` the peer's rows, defective ids and the
 * whole range's distinct orders per channel.
 */
export function compareWithPeer(ours, sql) {
  const problems = [];
  const stats = sqlStats(sql.rows);
  const pick = pickScope(stats);
  const totalDefective = stats.reduce((n, s) => n + s.defective, 0);
  const breakdown = ours.ODR_BREAKDOWN;
  if (breakdown) {
    const got = breakdown.slice(1).map((r) => ({
      scope: r[0],
      start: r[1],
      orders: r[3],
      defective: r[4],
      rate: r[5],
      negativeFeedback: r[6],
      atoz: r[7],
      chargeback: r[8],
    }));
    const want = stats.map((s) => ({
      scope: s.scope,
      start: isoDay(s.startDay),
      orders: s.orders,
      defective: s.defective,
      rate: s.rate,
      negativeFeedback: s.negativeFeedback,
      atoz: s.atoz,
      chargeback: s.chargeback,
    }));
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(
        `ODR_BREAKDOWN ${JSON.stringify(got)} differs from DuckDB ${JSON.stringify(want)}`,
      );
    }
  }
  if (ours.ODR !== undefined && ours.ODR !== pick?.rate) {
    problems.push(`ODR ${ours.ODR} differs from DuckDB ${pick?.scope} ${pick?.rate}`);
  }
  if (ours.ODR_DEFECTS) {
    const ids = [...ours.ODR_DEFECTS.ids].sort();
    if (
      ours.ODR_DEFECTS.rows - 1 !== totalDefective ||
      JSON.stringify(ids) !== JSON.stringify(sql.ids)
    ) {
      problems.push(
        `ODR_DEFECTS lists ${ours.ODR_DEFECTS.rows - 1} orders, DuckDB ${totalDefective} (${sql.ids.length} ids)`,
      );
    }
  }
  if (ours.ODR_ORDERS_NEEDED !== undefined && pick) {
    // defective / (orders + k) < 1/100  ⇔  k ≥ 100 · defective + 1 − orders, in integers.
    const want = Math.max(0, 100 * pick.defective + 1 - pick.orders);
    if (ours.ODR_ORDERS_NEEDED !== want)
      problems.push(`ODR_ORDERS_NEEDED ${ours.ODR_ORDERS_NEEDED} differs from DuckDB's ${want}`);
  }
  if (ours.ODR_FORECAST) {
    const { rows, first } = ours.ODR_FORECAST;
    if (rows !== 61) problems.push(`ODR_FORECAST has ${rows} rows, expected header + 60 days`);
    // The first day ahead: the window's oldest day has left (orders of that day, and defects).
    if (pick && first && !(first[1] <= pick.orders && first[2] <= pick.defective)) {
      problems.push(`ODR_FORECAST's first day ${JSON.stringify(first)} exceeds DuckDB's window`);
    }
  }
  if (ours.ODR_CHECK) {
    const { orders, mfn, afn } = sql.distinct;
    const want = `= ${orders} orders (MFN ${mfn}, AFN ${afn})`;
    if (!ours.ODR_CHECK.summary.includes(want))
      problems.push(`ODR_CHECK's summary "${ours.ODR_CHECK.summary}" lacks DuckDB's "${want}"`);
  }
  if (ours.ODR_ROOT_CAUSES) {
    const sum = ours.ODR_ROOT_CAUSES.counts.reduce((n, c) => n + c, 0);
    if (sum !== totalDefective)
      problems.push(`ODR_ROOT_CAUSES counts ${sum} defective orders, DuckDB ${totalDefective}`);
  }
  return problems;
}
