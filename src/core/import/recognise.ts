import { matchHeader, normalizeHeader, type HeaderMatch } from '../engine/columns';
import { classifyChargebackReason } from '../engine/rules';
import { msg, render, type Message } from '../i18n';
import { lazy } from '../engine/lazy';

/**
 * Which report a file is, told by its headers (docs/rules.md §6: match columns by name, never by
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
/** What each recognised report must hold, for the unknown-report message (catalog keys). */
const REQUIREMENT_KEYS = [
  'import.requirement.allOrders',
  'import.requirement.feedback',
  'import.requirement.odrDownload',
  'import.requirement.statusList',
  'import.requirement.defectList',
  'import.requirement.accountHealth',
] as const;

/** The recognised reports and their columns, in English (logs and tests). */
export const REPORT_TYPE_REQUIREMENTS: readonly string[] = REQUIREMENT_KEYS.map((key) =>
  render('en', msg(key)),
);

export interface HeaderRecognition {
  type: DelimitedReportType;
  /** Field → column, from the shared header matcher (src/core/columns.ts). */
  match: HeaderMatch;
}

/** Headers that only the All Orders report (and the older order reports) carry. */
const ORDER_ITEM_HEADER_NAMES = [
  'sku',
  'asin',
  'product-name',
  'quantity',
  'quantity-purchased',
  'item-price',
  'order-status',
  'fulfillment-channel',
  'order-item-id',
];
/** Normalised on first use (a fresh context per call; only imports read them). */
const orderItemHeaders = lazy(() => new Set(ORDER_ITEM_HEADER_NAMES.map(normalizeHeader)));

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
 * Japanese report headers (Seller Central JP with the feed language set to Japanese,
 * docs/rules.md §6) → the English report's, by meaning. Amazon does not publish the Japanese
 * header list; these are the Japanese names of the All Orders and feedback columns, with the
 * variants seen in sellers' tools (チャネル / チャンネル, 日 / 日時). Personal columns are
 * translated too, so the import's personal-data rules recognise them.
 */
const JAPANESE_HEADER_NAMES = [
  ['注文番号', 'amazon-order-id'],
  ['Amazon注文番号', 'amazon-order-id'],
  ['出品者注文番号', 'merchant-order-id'],
  ['購入日', 'purchase-date'],
  ['購入日時', 'purchase-date'],
  ['注文日', 'purchase-date'],
  ['注文日時', 'purchase-date'],
  ['最終更新日', 'last-updated-date'],
  ['最終更新日時', 'last-updated-date'],
  ['注文ステータス', 'order-status'],
  ['フルフィルメント・チャネル', 'fulfillment-channel'],
  ['フルフィルメント・チャンネル', 'fulfillment-channel'],
  ['フルフィルメントチャネル', 'fulfillment-channel'],
  ['販売チャネル', 'sales-channel'],
  ['販売チャンネル', 'sales-channel'],
  ['注文チャネル', 'order-channel'],
  ['配送サービスレベル', 'ship-service-level'],
  ['商品名', 'product-name'],
  ['出品者SKU', 'sku'],
  ['商品ステータス', 'item-status'],
  ['数量', 'quantity'],
  ['通貨', 'currency'],
  ['商品価格', 'item-price'],
  ['商品税', 'item-tax'],
  ['配送料', 'shipping-price'],
  ['配送料税', 'shipping-tax'],
  ['ギフト包装料', 'gift-wrap-price'],
  ['ギフト包装税', 'gift-wrap-tax'],
  ['商品割引', 'item-promotion-discount'],
  ['配送料割引', 'ship-promotion-discount'],
  ['配送先市区町村', 'ship-city'],
  ['配送先都道府県', 'ship-state'],
  ['配送先郵便番号', 'ship-postal-code'],
  ['配送先国', 'ship-country'],
  ['プロモーションID', 'promotion-ids'],
  ['法人注文', 'is-business-order'],
  ['購入者名', 'buyer-name'],
  ['購入者のEメールアドレス', 'buyer-email'],
  ['購入者電話番号', 'buyer-phone-number'],
  ['お届け先氏名', 'recipient-name'],
  ['お届け先住所1', 'ship-address-1'],
  ['お届け先住所2', 'ship-address-2'],
  ['お届け先住所3', 'ship-address-3'],
  ['お届け先電話番号', 'ship-phone-number'],
  ['日付', 'Date'],
  ['評価日', 'Date'],
  ['評価', 'Rating'],
  ['コメント', 'Comments'],
  ['回答', 'Response'],
  ['出品者の回答', 'Your Response'],
  ['評価者のEメール', 'Rater Email'],
  ['評価者のメールアドレス', 'Rater Email'],
  ['評価者の役割', 'Rater Role'],
] as const;
/** Normalised on first use (a fresh context per call; only imports read them). */
const japaneseHeaders = lazy(
  (): ReadonlyMap<string, string> =>
    new Map(JAPANESE_HEADER_NAMES.map(([ja, en]) => [normalizeHeader(ja), en])),
);

export interface TranslatedHeader {
  cells: string[];
  /** "注文番号 → amazon-order-id" for each cell translated (empty: nothing translated). */
  examples: string[];
}

/**
 * A Japanese report header as the English report's. Only a header with two or more Japanese
 * report columns is translated, so a seller's own sheet with one Japanese word stays as it is.
 */
export function translateReportHeader(cells: readonly string[]): TranslatedHeader {
  const out = cells.slice();
  const examples: string[] = [];
  cells.forEach((cell, i) => {
    const en = japaneseHeaders().get(normalizeHeader(cell));
    if (en !== undefined) {
      out[i] = en;
      examples.push(`${cell.trim()} → ${en}`);
    }
  });
  return examples.length >= 2 ? { cells: out, examples } : { cells: cells.slice(), examples: [] };
}

/**
 * Recognises one header row. `hint` (the file name) only decides between a claims list and a
 * chargebacks list when the headers do not say which.
 */
export function recogniseHeader(
  headerCells: readonly string[],
  hint = '',
): HeaderRecognition | null {
  const cells = translateReportHeader(headerCells).cells;
  const normalized = cells.map((c) => normalizeHeader(c));
  const match = matchHeader([cells]);
  if (
    normalized.includes('amazonorderid') &&
    normalized.includes('purchasedate') &&
    normalized.some((h) => orderItemHeaders().has(h))
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
  /** What to show, in the seller's language when rendered. */
  detail: Message;
  /** Its English text (logs, errors thrown as text). */
  message: string;
  /** The non-empty cells of the first non-blank line, as the seller sees them. */
  headersSeen: string[];
  typesRecognised: readonly string[];
  /**
   * Set for a pasted status list whose kind neither its headers nor its reasons tell: the
   * one-line question to show instead of the whole explanation, pointing at the drop-down.
   */
  question: Message | null;
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
    const list = recogniseListFromRows(rows[r], rows.slice(r + 1));
    if (list.ok) return { ok: true, type: list.type, headerIndex: r, match: list.match };
  }
  const first = rows.find((row) => row.some((c) => c.trim() !== '')) ?? [];
  return { ok: false, error: unknownReport(first, hint) };
}

/** The name the dialog gives pasted text, in every language (import.pastedName). */
function isPasted(hint: string): boolean {
  const name = hint.trim();
  return (['en', 'zh', 'pseudo'] as const).some(
    (locale) => render(locale, msg('import.pastedName')) === name,
  );
}

/** Whether a header is an order list with status, reason or amount: a claims or chargebacks list. */
function isStatusList(match: HeaderMatch | null): match is HeaderMatch {
  const c = match?.columns;
  return (
    c !== undefined &&
    c.type === undefined &&
    c.rating === undefined &&
    (c.status !== undefined || c.reason !== undefined || c.amount !== undefined)
  );
}

/** The one-line question for a list whose kind cannot be told, pointing at the drop-down. */
export function askListKind(): Message {
  return msg('importFiles.list.ask', { label: msg('import.pasteKind.label') });
}

export function unknownReport(headerCells: readonly string[], hint = ''): UnknownReport {
  const headersSeen = headerCells.map((c) => c.trim()).filter((c) => c !== '');
  const match = matchHeader([headerCells]);
  if (isStatusList(match) && isPasted(hint)) {
    const question = askListKind();
    return {
      detail: question,
      message: render('en', question),
      headersSeen,
      typesRecognised: REPORT_TYPE_REQUIREMENTS,
      question,
    };
  }
  const shown =
    headersSeen.length === 0
      ? msg('import.error.noHeadersSeen')
      : headersSeen
          .slice(0, 15)
          .map((h) => `"${h.length > 60 ? `${h.slice(0, 60)}…` : h}"`)
          .join(', ') + (headersSeen.length > 15 ? ', …' : '');
  const detail = msg(
    isStatusList(match) ? 'import.error.unknownStatusList' : 'import.error.unknownReport',
    {
      headers: shown,
      types: { list: REQUIREMENT_KEYS.map((key) => msg(key)) },
    },
  );
  return {
    detail,
    message: render('en', detail),
    headersSeen,
    typesRecognised: REPORT_TYPE_REQUIREMENTS,
    question: null,
  };
}

/** Claim language: the A-to-z Guarantee and what buyers claim under it. */
const CLAIM_LANGUAGE_RE =
  /\ba-?to-?z\b|\ba-z\b|\bguarantee\b|\bclaim|\bamazon refunded|\bbuyer filed|\breturn(?:ed)? (?:not|never) (?:refunded|received)|索赔|保障/i;
/** Chargeback language: the card, the bank, the dispute (reason codes are read separately). */
const CHARGEBACK_LANGUAGE_RE =
  /\bcharge-?back|\bcard ?holder|\bcardmember|\bissu(?:er|ing bank)|\bbank\b|\bcredit card\b|\bdebit card\b|\bdispute|\bcredit not processed|\bduplicate (?:charge|processing)|\brecurring|\bpre-?arbitration|\brepresentment|拒付|信用卡|发卡行/i;

export type ListFromRows =
  | { ok: true; type: 'claimsList' | 'chargebacksList'; match: HeaderMatch; note: Message }
  | { ok: false; question: Message | null };

/**
 * A status list (Order ID, Status, Date, Reason, Amount — the paste box's own layout) whose
 * headers and name do not say whether it is claims or chargebacks: told from its rows' reasons
 * and statuses — claim language (A-to-z, guarantee, claim) or chargeback language (card, bank,
 * dispute, a card network's reason code). When the rows say neither, or both, the answer is a
 * one-line question pointing at the drop-down.
 */
export function recogniseListFromRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): ListFromRows {
  const match = matchHeader([header]);
  if (!isStatusList(match)) return { ok: false, question: null };
  const c = match.columns;
  const columns = [c.reason, c.reasonCode, c.status].filter((x): x is number => x !== undefined);
  let claim = '';
  let chargeback = '';
  for (const row of rows) {
    for (const col of columns) {
      const text = (row[col] ?? '').trim();
      if (text === '') continue;
      const code = col === c.status ? null : classifyChargebackReason(text);
      if (!chargeback && code && /\d/.test(code.evidence)) chargeback = code.evidence;
      const cb = CHARGEBACK_LANGUAGE_RE.exec(text);
      if (!chargeback && cb) chargeback = cb[0];
      const cl = CLAIM_LANGUAGE_RE.exec(text);
      if (!claim && cl) claim = cl[0];
    }
    if (claim && chargeback) break;
  }
  if ((claim === '') === (chargeback === '')) return { ok: false, question: askListKind() };
  const type = claim ? 'claimsList' : 'chargebacksList';
  return {
    ok: true,
    type,
    match,
    note: msg('importFiles.list.fromReasons', {
      type: msg(claim ? 'importFiles.list.claims' : 'importFiles.list.chargebacks'),
      evidence: `“${claim || chargeback}”`,
    }),
  };
}

/** What the importer needs to know about a parsed table: its type, or why it has none. */
export type TableRecognition =
  | { ok: true; recognition: HeaderRecognition; notes: Message[] }
  | { ok: false; error: UnknownReport };

/**
 * Recognises a parsed table: by its header (and the file name for status lists), else a status
 * list by its rows' reasons (the paste box), else the reason it is not recognised — for a pasted
 * list, the one-line question. The importer should call this instead of `recogniseHeader`.
 */
export function recogniseTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  hint = '',
): TableRecognition {
  const byHeader = recogniseHeader(header, hint);
  if (byHeader) return { ok: true, recognition: byHeader, notes: [] };
  const list = recogniseListFromRows(header, rows);
  if (list.ok) {
    return { ok: true, recognition: { type: list.type, match: list.match }, notes: [list.note] };
  }
  return { ok: false, error: unknownReport(header, hint) };
}
