/**
 * Amazon's own ODR figures from an imported Account Health report, kept in document properties
 * so the sidebar can show them beside ours — per marketplace, for the same window (issue 12).
 *
 * A seller-performance report can hold dozens of marketplaces (one seen with 45). Stored as one
 * JSON object per figure, 45 marketplaces × 2 channels would pass the 8,000 bytes a property
 * value can safely hold (Google documents 9 KB; about 8 KB is what works in practice). So the
 * figures are stored compactly — one short array per figure, the reporting windows listed once —
 * and split over as many properties as needed; `amazonFiguresSize` says what a save will take,
 * so the import can check it before writing anything.
 */
import {
  salesChannelOfMarketplace,
  type AmazonOdrFigures,
  type ChannelOdrFigures,
} from '../../core/import/health';
import type { AmazonFigures } from '../../core/wire/types';
import { formatPercent, t, type Locale } from '../../core/i18n';
import { readJson } from './properties';

const KEY = 'odrguard.amazonFigures';
/** Chunks of the compact form: `odrguard.amazonFigures.0`, `.1` … */
const PART_KEY = (i: number): string => `${KEY}.${i}`;
/** Bytes per property value, well inside the practical ~8 KB limit. */
export const AMAZON_FIGURES_PART_BYTES = 7_500;
/** What all parts together may take: a small share of the document's 500 KB of properties. */
export const AMAZON_FIGURES_MAX_BYTES = 60_000;
const VERSION = 2;

/** One figure: [marketplace id, "M" | "A", window index (-1: none), orders, defective, rate]. */
type CompactFigure = [
  string | null,
  'M' | 'A',
  number,
  number | null,
  number | null,
  number | null,
];

interface CompactFigures {
  v: typeof VERSION;
  /** Reporting windows, each [from, to], listed once. */
  w: [string | null, string | null][];
  f: CompactFigure[];
}

interface Header {
  v: typeof VERSION;
  parts: number;
}

function channelFigure(
  scope: 'MFN' | 'AFN',
  c: ChannelOdrFigures | null,
  marketplaceId: string | null,
  marketplace: string | null,
): AmazonFigures[] {
  if (!c || (c.rate === null && (c.orders === null || c.defective === null))) return [];
  const rate =
    c.rate ??
    (c.orders !== null && c.defective !== null && c.orders > 0 ? c.defective / c.orders : null);
  return [
    {
      scope,
      from: c.from,
      to: c.to,
      orders: c.orders,
      defective: c.defective,
      rate,
      marketplaceId,
      marketplace,
    },
  ];
}

/**
 * The figures of an Account Health report as stored and shown: one per marketplace and channel
 * with a rate or counts (a rates-only report keeps its rates), each naming its marketplace.
 */
export function amazonFiguresFromReport(report: AmazonOdrFigures): AmazonFigures[] {
  return report.marketplaces.flatMap((m) => [
    ...channelFigure('MFN', m.mfn, m.marketplaceId, salesChannelOfMarketplace(m.marketplaceId)),
    ...channelFigure('AFN', m.afn, m.marketplaceId, salesChannelOfMarketplace(m.marketplaceId)),
  ]);
}

/** Rates keep 8 significant digits: enough for 0.0123 % differences, fewer bytes. */
function compactRate(rate: number | null): number | null {
  return rate === null ? null : Number(rate.toPrecision(8));
}

function toCompact(figures: readonly AmazonFigures[]): CompactFigures {
  const windows: [string | null, string | null][] = [];
  const windowIndex = new Map<string, number>();
  const f = figures.map((figure): CompactFigure => {
    let w = -1;
    if (figure.from !== null || figure.to !== null) {
      const key = `${figure.from}|${figure.to}`;
      w = windowIndex.get(key) ?? -1;
      if (w < 0) {
        w = windows.length;
        windows.push([figure.from, figure.to]);
        windowIndex.set(key, w);
      }
    }
    return [
      figure.marketplaceId ?? null,
      figure.scope === 'MFN' ? 'M' : 'A',
      w,
      figure.orders,
      figure.defective,
      compactRate(figure.rate),
    ];
  });
  return { v: VERSION, w: windows, f };
}

function chunks(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += AMAZON_FIGURES_PART_BYTES) {
    parts.push(text.slice(i, i + AMAZON_FIGURES_PART_BYTES));
  }
  return parts.length > 0 ? parts : [''];
}

/** The compact JSON is ASCII (ids, dates, numbers), so characters are bytes. */
function encode(figures: readonly AmazonFigures[]): { header: string; parts: string[] } {
  const parts = chunks(JSON.stringify(toCompact(figures)));
  const header: Header = { v: VERSION, parts: parts.length };
  return { header: JSON.stringify(header), parts };
}

export interface AmazonFiguresSize {
  /** Bytes of every key and value a save writes. */
  bytes: number;
  /** How many properties it writes. */
  properties: number;
  /** Whether it fits `AMAZON_FIGURES_MAX_BYTES`. */
  fits: boolean;
}

/** What saving these figures will take, for the import to check before it writes anything. */
export function amazonFiguresSize(figures: readonly AmazonFigures[]): AmazonFiguresSize {
  const { header, parts } = encode(figures);
  let bytes = KEY.length + header.length;
  parts.forEach((part, i) => {
    bytes += PART_KEY(i).length + part.length;
  });
  return { bytes, properties: parts.length + 1, fits: bytes <= AMAZON_FIGURES_MAX_BYTES };
}

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/**
 * Replaces the stored figures (an empty list clears them). One `setProperties` call writes the
 * header and every part; parts left over from a larger earlier save are deleted.
 */
export function saveAmazonFigures(figures: AmazonFigures[]): void {
  const props = properties();
  const previous = storedParts();
  const { header, parts } = encode(figures);
  const values: Record<string, string> = { [KEY]: header };
  parts.forEach((part, i) => {
    values[PART_KEY(i)] = part;
  });
  props.setProperties(values, false);
  for (let i = parts.length; i < previous; i++) props.deleteProperty(PART_KEY(i));
}

function storedParts(): number {
  const { value } = readJson(KEY);
  return isHeader(value) ? value.parts : 0;
}

function isHeader(value: unknown): value is Header {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    v.v === VERSION && typeof v.parts === 'number' && Number.isInteger(v.parts) && v.parts >= 0
  );
}

const isNullableNumber = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v));
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Figures stored by earlier versions: one object per figure, counts required. */
function isLegacyFigure(value: unknown): value is AmazonFigures {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.scope === 'MFN' || v.scope === 'AFN') &&
    isNullableString(v.from) &&
    isNullableString(v.to) &&
    isNullableNumber(v.orders) &&
    isNullableNumber(v.defective) &&
    isNullableNumber(v.rate) &&
    (v.marketplaceId === undefined || isNullableString(v.marketplaceId)) &&
    (v.marketplace === undefined || isNullableString(v.marketplace))
  );
}

function fromCompact(value: unknown): AmazonFigures[] {
  if (typeof value !== 'object' || value === null) return [];
  const data = value as Partial<CompactFigures>;
  if (!Array.isArray(data.w) || !Array.isArray(data.f)) return [];
  const windows = data.w;
  const out: AmazonFigures[] = [];
  for (const entry of data.f) {
    if (!Array.isArray(entry) || entry.length !== 6) continue;
    const [id, scope, w, orders, defective, rate] = entry as unknown[];
    if (!isNullableString(id) || (scope !== 'M' && scope !== 'A') || typeof w !== 'number')
      continue;
    if (!isNullableNumber(orders) || !isNullableNumber(defective) || !isNullableNumber(rate))
      continue;
    const window = w >= 0 && Array.isArray(windows[w]) ? windows[w] : [null, null];
    const [from, to] = window;
    out.push({
      scope: scope === 'M' ? 'MFN' : 'AFN',
      from: isNullableString(from) ? from : null,
      to: isNullableString(to) ? to : null,
      orders,
      defective,
      rate,
      marketplaceId: id,
      marketplace: salesChannelOfMarketplace(id),
    });
  }
  return out;
}

/**
 * The stored figures, each naming its marketplace (the stored form keeps only the id); [] when
 * there are none or they cannot be read.
 */
export function loadAmazonFigures(): AmazonFigures[] {
  const { value } = readJson(KEY);
  if (Array.isArray(value)) {
    return value.filter(isLegacyFigure).map((figure) => ({
      ...figure,
      marketplaceId: figure.marketplaceId ?? null,
      marketplace: figure.marketplace ?? salesChannelOfMarketplace(figure.marketplaceId ?? null),
    }));
  }
  if (!isHeader(value)) return [];
  const props = properties();
  let text = '';
  for (let i = 0; i < value.parts; i++) {
    const part = props.getProperty(PART_KEY(i));
    if (part === null) return [];
    text += part;
  }
  try {
    return fromCompact(JSON.parse(text) as unknown);
  } catch {
    return [];
  }
}

/** How many figures the summary lists before "…". */
const LISTED = 8;

/**
 * What the import summary says about figures it saved, instead of a bare "saved": which
 * marketplaces and channels with their rates, and that each is compared only with the same
 * marketplace's orders. Null when there is nothing to show — then nothing was saved either.
 */
export function describeAmazonFigures(
  figures: readonly AmazonFigures[],
  locale: Locale,
): string | null {
  if (figures.length === 0) return null;
  const marketplaces = new Set(figures.map((f) => f.marketplaceId ?? f.marketplace ?? ''));
  const items = figures.slice(0, LISTED).map((f) =>
    t(locale, 'amazonFigures.readItem', {
      marketplace:
        f.marketplace ??
        (f.marketplaceId
          ? t(locale, 'amazonFigures.unknownMarketplace', { id: f.marketplaceId })
          : ''),
      scope: f.scope,
      rate: formatPercent(f.rate),
    }).trim(),
  );
  const list =
    items.join(t(locale, 'common.listSeparator')) + (figures.length > LISTED ? ' …' : '');
  return t(locale, 'amazonFigures.read', { count: marketplaces.size, list });
}
