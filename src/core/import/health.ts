import { msg } from '../i18n';
import { ImportError } from './errors';

/**
 * Amazon's own ODR figures from the SP-API Account Health report
 * (GET_V2_SELLER_PERFORMANCE_REPORT, docs/rules.md §6), kept beside our computation so the sidebar
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
  /** SP-API marketplace id; `salesChannelOfMarketplace` names it (Amazon.ca). */
  marketplaceId: string | null;
  mfn: ChannelOdrFigures | null;
  afn: ChannelOdrFigures | null;
}

/**
 * SP-API marketplace ids and the sales channel the All Orders report names for each
 * (developer-docs.amazon.com/sp-api/docs/marketplace-ids): a seller-performance report's figures
 * are compared only with orders of the same marketplace (docs/rules.md §6).
 */
export const MARKETPLACES: readonly { id: string; salesChannel: string; country: string }[] = [
  { id: 'ATVPDKIKX0DER', salesChannel: 'Amazon.com', country: 'US' },
  { id: 'A2EUQ1WTGCTBG2', salesChannel: 'Amazon.ca', country: 'CA' },
  { id: 'A1AM78C64UM0Y8', salesChannel: 'Amazon.com.mx', country: 'MX' },
  { id: 'A2Q3Y263D00KWC', salesChannel: 'Amazon.com.br', country: 'BR' },
  { id: 'A28R8C7NBKEWEA', salesChannel: 'Amazon.ie', country: 'IE' },
  { id: 'A1RKKUPIHCS9HS', salesChannel: 'Amazon.es', country: 'ES' },
  { id: 'A1F83G8C2ARO7P', salesChannel: 'Amazon.co.uk', country: 'UK' },
  { id: 'A13V1IB3VIYZZH', salesChannel: 'Amazon.fr', country: 'FR' },
  { id: 'AMEN7PMS3EDWL', salesChannel: 'Amazon.com.be', country: 'BE' },
  { id: 'A1805IZSGTT6HS', salesChannel: 'Amazon.nl', country: 'NL' },
  { id: 'A1PA6795UKMFR9', salesChannel: 'Amazon.de', country: 'DE' },
  { id: 'APJ6JRA9NG5V4', salesChannel: 'Amazon.it', country: 'IT' },
  { id: 'A2NODRKZP88ZB9', salesChannel: 'Amazon.se', country: 'SE' },
  { id: 'AE08WJ6YKNBMC', salesChannel: 'Amazon.co.za', country: 'ZA' },
  { id: 'A1C3SOZRARQ6R3', salesChannel: 'Amazon.pl', country: 'PL' },
  { id: 'ARBP9OOSHTCHU', salesChannel: 'Amazon.eg', country: 'EG' },
  { id: 'A33AVAJ2PDY3EV', salesChannel: 'Amazon.com.tr', country: 'TR' },
  { id: 'A17E79C6D8DWNP', salesChannel: 'Amazon.sa', country: 'SA' },
  { id: 'A2VIGQ35RCS4UG', salesChannel: 'Amazon.ae', country: 'AE' },
  { id: 'A21TJRUUN4KGV', salesChannel: 'Amazon.in', country: 'IN' },
  { id: 'A19VAU5U5O7RUS', salesChannel: 'Amazon.sg', country: 'SG' },
  { id: 'A39IBJ37TRP1C6', salesChannel: 'Amazon.com.au', country: 'AU' },
  { id: 'A1VC38T7YXB528', salesChannel: 'Amazon.co.jp', country: 'JP' },
];

/** The sales channel (Amazon.ca) of a marketplace id, or null for one ODR Guard does not know. */
export function salesChannelOfMarketplace(id: string | null): string | null {
  if (id === null) return null;
  return MARKETPLACES.find((m) => m.id === id.trim())?.salesChannel ?? null;
}

/**
 * Reads a sales-channel cell as a marketplace's sales channel: "Amazon.com", "amazon.ca",
 * "www.amazon.co.uk" → "Amazon.co.uk"; null for others (Non-Amazon, a web shop).
 */
export function marketplaceOfSalesChannel(text: string): string | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
  return MARKETPLACES.find((m) => m.salesChannel.toLowerCase() === key)?.salesChannel ?? null;
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
  // Nothing to show: neither a rate nor counts.
  if (rate === null && orders === null && defective === null) return null;
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
      msg('import.error.jsonBroken', { detail: e instanceof Error ? e.message : String(e) }),
    );
  }
  const metrics = isObject(data) ? data.performanceMetrics : undefined;
  if (!Array.isArray(metrics)) {
    const keys = isObject(data) ? Object.keys(data).slice(0, 12).join(', ') : typeof data;
    throw new ImportError(msg('import.error.jsonNotHealth', { keys: keys || '—' }));
  }
  const marketplaces: MarketplaceOdrFigures[] = [];
  for (const entry of metrics) {
    if (!isObject(entry) || !isObject(entry.orderDefectRate)) continue;
    const odr = entry.orderDefectRate;
    const marketplaceId = typeof entry.marketplaceId === 'string' ? entry.marketplaceId : null;
    marketplaces.push({
      marketplaceId,
      mfn: channelFigures(odr.mfn),
      afn: channelFigures(odr.afn),
    });
  }
  if (marketplaces.length === 0) {
    throw new ImportError(msg('import.error.jsonNoOdr'));
  }
  return { marketplaces };
}
