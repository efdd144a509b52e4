import { ImportError } from './errors';

/**
 * Amazon's own ODR figures from the SP-API Account Health report
 * (GET_V2_SELLER_PERFORMANCE_REPORT, odr-rules §6), kept beside our computation so the sidebar
 * can show both for the same window and point at the difference.
 */
export interface ChannelOdrFigures {
  /** Window start and end as ISO dates (YYYY-MM-DD), both inclusive; null when missing. */
  from: string | null;
  to: string | null;
  orders: number | null;
  defective: number | null;
  claims: number | null;
  chargebacks: number | null;
  negativeFeedback: number | null;
  /** Defect rate as a fraction (0.0123 = 1.23 %). */
  rate: number | null;
  /** Amazon's target as a fraction (0.01). */
  target: number | null;
  /** Amazon's status word for the metric (e.g. GOOD), when given. */
  status: string | null;
}

export interface MarketplaceOdrFigures {
  marketplaceId: string | null;
  mfn: ChannelOdrFigures | null;
  afn: ChannelOdrFigures | null;
}

export interface AmazonOdrFigures {
  marketplaces: MarketplaceOdrFigures[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: Json | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

function countOf(value: Json | undefined): number | null {
  return isObject(value) ? num(value.count) : num(value);
}

/** Amazon writes the dates as instants (2024-01-14T00:00:00Z); the calendar date is meant. */
function isoDate(value: Json | undefined): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return m ? m[1] : null;
}

function channelFigures(value: Json | undefined): ChannelOdrFigures | null {
  if (!isObject(value)) return null;
  const range = isObject(value.reportingDateRange) ? value.reportingDateRange : {};
  const orders = num(value.orderCount);
  const defective = countOf(value.orderWithDefects);
  const withDefects = isObject(value.orderWithDefects) ? value.orderWithDefects : {};
  const rate =
    num(value.rate) ??
    num(withDefects.rate) ??
    (orders !== null && defective !== null && orders > 0 ? defective / orders : null);
  return {
    from: isoDate(range.reportingDateFrom),
    to: isoDate(range.reportingDateTo),
    orders,
    defective,
    claims: countOf(value.claims),
    chargebacks: countOf(value.chargebacks),
    negativeFeedback: countOf(value.negativeFeedback),
    rate,
    target: num(value.targetValue),
    status: typeof value.status === 'string' ? value.status : null,
  };
}

/** True when the text is JSON (first non-space character `{` or `[`), tried before delimited parsing. */
export function looksLikeJson(text: string): boolean {
  const m = /^\s*([{[])/.exec(text);
  return m !== null;
}

/** Reads the Account Health JSON; an ImportError when it is not that report. */
export function parseAccountHealth(text: string): AmazonOdrFigures {
  let data: Json;
  try {
    data = JSON.parse(text) as Json;
  } catch (e) {
    throw new ImportError(
      `The file looks like JSON but cannot be read (${e instanceof Error ? e.message : String(e)}); it may be cut off. Download the report again.`,
    );
  }
  const metrics = isObject(data) ? data.performanceMetrics : undefined;
  if (!Array.isArray(metrics)) {
    const keys = isObject(data) ? Object.keys(data).slice(0, 12).join(', ') : typeof data;
    throw new ImportError(
      `This JSON file is not the SP-API Account Health report (GET_V2_SELLER_PERFORMANCE_REPORT): ` +
        `it has no "performanceMetrics" list (keys seen: ${keys || 'none'}).`,
    );
  }
  const marketplaces: MarketplaceOdrFigures[] = [];
  for (const entry of metrics) {
    if (!isObject(entry) || !isObject(entry.orderDefectRate)) continue;
    const odr = entry.orderDefectRate;
    marketplaces.push({
      marketplaceId: typeof entry.marketplaceId === 'string' ? entry.marketplaceId : null,
      mfn: channelFigures(odr.mfn),
      afn: channelFigures(odr.afn),
    });
  }
  if (marketplaces.length === 0) {
    throw new ImportError(
      'The Account Health report holds no Order Defect Rate figures (performanceMetrics[].orderDefectRate is missing).',
    );
  }
  return { marketplaces };
}
