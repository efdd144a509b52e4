// Checks that the custom functions and the SQLite query give the same numbers.

/** SQLite's rows as ODR_BREAKDOWN's figures (rate divided the same way, in doubles). */
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

/** Returns a list of disagreements; empty when ours and SQLite's agree. */
export function compareWithSqlite(ours, sql) {
  const problems = [];
  const stats = sqlStats(sql.rows);
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
        `ODR_BREAKDOWN ${JSON.stringify(got)} differs from SQLite ${JSON.stringify(want)}`,
      );
    }
  }
  if (ours.ODR !== undefined) {
    // ODR without a channel reports the channel with the higher rate (compared exactly).
    const mfn = stats.find((s) => s.scope === 'MFN');
    const afn = stats.find((s) => s.scope === 'AFN');
    const pick =
      mfn && afn ? (afn.defective * mfn.orders > mfn.defective * afn.orders ? afn : mfn) : mfn;
    if (ours.ODR !== pick?.rate)
      problems.push(`ODR ${ours.ODR} differs from SQLite ${pick?.scope} ${pick?.rate}`);
  }
  if (ours.ODR_DEFECTS) {
    const total = stats.reduce((n, s) => n + s.defective, 0);
    const ids = [...ours.ODR_DEFECTS.ids].sort();
    if (ours.ODR_DEFECTS.rows - 1 !== total || JSON.stringify(ids) !== JSON.stringify(sql.ids)) {
      problems.push(
        `ODR_DEFECTS lists ${ours.ODR_DEFECTS.rows - 1} orders, SQLite ${total} (${sql.ids.length} ids)`,
      );
    }
  }
  if (ours.ODR_FORECAST && ours.ODR_FORECAST.rows !== 61) {
    problems.push(`ODR_FORECAST has ${ours.ODR_FORECAST.rows} rows, expected header + 60 days`);
  }
  return problems;
}
