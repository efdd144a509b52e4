import { matchHeader, normalizeHeader, type HeaderMatch } from '../engine/columns';

/**
 * Which report a file is, told by its headers (odr-rules §6: match columns by name, never by
 * position). JSON (the SP-API Account Health report) is told apart before delimited parsing.
 */
export type DelimitedReportType =
  'allOrders' | 'feedback' | 'odrDownload' | 'claimsList' | 'chargebacksList' | 'defectList';

export type ReportType = DelimitedReportType | 'accountHealth';

export const REPORT_TYPE_LABELS: Readonly<Record<ReportType, string>> = {
  allOrders: 'All Orders report',
  feedback: 'Feedback report',
  odrDownload: 'ODR defect download',
  claimsList: 'A-to-z claims list',
  chargebacksList: 'Chargebacks list',
  defectList: 'Defect list',
  accountHealth: 'Account Health report (SP-API JSON)',
};

/** What each recognised report needs, for the "not recognised" message. */
export const REPORT_TYPE_REQUIREMENTS: readonly string[] = [
  'All Orders report (amazon-order-id, purchase-date, sku/asin/quantity …)',
  'Feedback report (Date, Rating, Comments, Order ID …)',
  'ODR defect download (Order ID plus Negative feedback / A-to-z claim / Chargeback columns)',
  'A-to-z claims or chargebacks list (Order ID, Status, Date, Reason, Amount; "claim" or "chargeback" in a header or the file name)',
  'Defect list (Order ID, Type, Status …)',
  'Account Health report (SP-API GET_V2_SELLER_PERFORMANCE_REPORT, JSON)',
];

export interface HeaderRecognition {
  type: DelimitedReportType;
  /** Field → column, from the shared header matcher (src/core/columns.ts). */
  match: HeaderMatch;
}

/** Headers that only the All Orders report (and the older order reports) carry. */
const ORDER_ITEM_HEADERS = new Set(
  [
    'sku',
    'asin',
    'product-name',
    'quantity',
    'quantity-purchased',
    'item-price',
    'order-status',
    'fulfillment-channel',
    'order-item-id',
  ].map(normalizeHeader),
);

const CLAIM_WORD = /claim|atoz|azguarantee|索赔|保障/;
const CHARGEBACK_WORD = /chargeback|拒付|退单/;

/** Which list a status-style list is, from its headers or else the file name. */
function listKind(normalized: readonly string[], hint: string): DelimitedReportType | null {
  const claim = normalized.some((h) => CLAIM_WORD.test(h));
  const chargeback = normalized.some((h) => CHARGEBACK_WORD.test(h));
  if (claim !== chargeback) return claim ? 'claimsList' : 'chargebacksList';
  const name = normalizeHeader(hint);
  const nameClaim = CLAIM_WORD.test(name);
  const nameChargeback = CHARGEBACK_WORD.test(name);
  if (nameClaim !== nameChargeback) return nameClaim ? 'claimsList' : 'chargebacksList';
  return null;
}

/**
 * Recognises one header row. `hint` (the file name) only decides between a claims list and a
 * chargebacks list when the headers do not say which.
 */
export function recogniseHeader(cells: readonly string[], hint = ''): HeaderRecognition | null {
  const normalized = cells.map((c) => normalizeHeader(c));
  const match = matchHeader([cells]);
  if (
    normalized.includes('amazonorderid') &&
    normalized.includes('purchasedate') &&
    normalized.some((h) => ORDER_ITEM_HEADERS.has(h))
  ) {
    if (match) return { type: 'allOrders', match };
  }
  if (!match) return null;
  const c = match.columns;
  // Type first: our own Defects ledger has a Rating column too.
  if (c.type !== undefined) return { type: 'defectList', match };
  if (c.rating !== undefined) return { type: 'feedback', match };
  if (c.negativeFeedback !== undefined || c.atoz !== undefined || c.chargeback !== undefined) {
    return { type: 'odrDownload', match };
  }
  if (c.status !== undefined || c.reason !== undefined || c.amount !== undefined) {
    const kind = listKind(normalized, hint);
    if (kind) return { type: kind, match };
  }
  return null;
}

/** How many lines from the top a header may sit below a report preamble. */
export const HEADER_SEARCH_LINES = 20;

export interface UnknownReport {
  message: string;
  /** The non-empty cells of the first non-blank line, as the seller sees them. */
  headersSeen: string[];
  typesRecognised: readonly string[];
}

export type Recognition =
  | { ok: true; type: DelimitedReportType; headerIndex: number; match: HeaderMatch }
  | { ok: false; error: UnknownReport };

/** Finds the header among the first rows and tells the report type, or explains why not. */
export function recogniseReport(rows: readonly (readonly string[])[], hint = ''): Recognition {
  const limit = Math.min(rows.length, HEADER_SEARCH_LINES);
  for (let r = 0; r < limit; r++) {
    const found = recogniseHeader(rows[r], hint);
    if (found) return { ok: true, type: found.type, headerIndex: r, match: found.match };
  }
  const first = rows.find((row) => row.some((c) => c.trim() !== '')) ?? [];
  return { ok: false, error: unknownReport(first, hint) };
}

export function unknownReport(headerCells: readonly string[], hint = ''): UnknownReport {
  const headersSeen = headerCells.map((c) => c.trim()).filter((c) => c !== '');
  const shown =
    headersSeen.length === 0
      ? 'no headers (the file is empty)'
      : headersSeen
          .slice(0, 15)
          .map((h) => `"${h.length > 60 ? `${h.slice(0, 60)}…` : h}"`)
          .join(', ') + (headersSeen.length > 15 ? ', …' : '');
  const match = matchHeader([headerCells]);
  const c = match?.columns;
  const advice =
    c && (c.status !== undefined || c.reason !== undefined || c.amount !== undefined)
      ? ' This looks like a claims or chargebacks list: add a "Type" column, or put "claims" or "chargebacks" in the file name.'
      : '';
  return {
    message:
      `Not a report ODR Guard recognises${hint ? ` (${hint})` : ''}. Headers seen: ${shown}.${advice} ` +
      `Recognised reports: ${REPORT_TYPE_REQUIREMENTS.join('; ')}.`,
    headersSeen,
    typesRecognised: REPORT_TYPE_REQUIREMENTS,
  };
}
