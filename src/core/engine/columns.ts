import type { Cell, Table } from './types';
import { isDate } from './dates';
import { InputError } from './errors';
import { lazy } from './lazy';

/**
 * Column names are matched by meaning, never by position (docs/rules.md §6): case, spaces and
 * punctuation are ignored, and each field accepts Amazon's report headers, common English
 * variants and the Chinese headers sellers use in their own sheets.
 */
export type Field =
  | 'orderId'
  | 'purchaseDate'
  | 'channel'
  | 'negativeFeedback'
  | 'rating'
  | 'atoz'
  | 'chargeback'
  | 'type'
  | 'status'
  | 'defectDate'
  | 'comment'
  | 'reason'
  | 'category'
  | 'amount'
  | 'source'
  | 'email'
  | 'salesChannel'
  | 'orderStatus'
  | 'reasonCode'
  // Product columns of the All Orders report (one row per item), read by ODR_BY_PRODUCT and
  // the plan's root causes (src/core/engine/products.ts).
  | 'sku'
  | 'asin'
  | 'productName';

/** Accepted headers per field, in the form `normalizeHeader` gives. First one is shown in help. */
export const HEADER_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  orderId: [
    'order-id',
    'amazon-order-id',
    'Order ID',
    'order number',
    'order no',
    'orderid',
    'amazon order id',
    'amazon order number',
    '订单编号',
    '订单号',
    '订单ID',
    '亚马逊订单号',
    '订单',
    // Japanese downloads (feed language Japanese), docs/rules.md §6.
    '注文番号',
    '注文ID',
    'Amazon注文番号',
    'オーダーID',
    // Seller Central pages in German, French, Spanish, Italian, Dutch (docs/rules.md §6).
    'Bestellnummer',
    'Bestell-Nr.',
    'Numéro de commande',
    'N° de commande',
    'Número de pedido',
    'Numero ordine',
    "Numero dell'ordine",
    'Bestelnummer',
    'Número do pedido',
  ],
  purchaseDate: [
    'purchase-date',
    'order date',
    'purchase date',
    'order-date',
    'date ordered',
    'ordered on',
    'purchased',
    'date',
    '下单日期',
    '订购日期',
    '订单日期',
    '购买日期',
    '日期',
    '購入日',
    '購入日時',
    '注文日',
    '注文日時',
    '日付',
    // Seller Central pages in German, French, Spanish, Italian, Dutch (docs/rules.md §6).
    'Bestelldatum',
    'Kaufdatum',
    'Date de commande',
    "Date d'achat",
    'Fecha de pedido',
    'Fecha de compra',
    'Data ordine',
    'Besteldatum',
  ],
  channel: [
    'fulfillment-channel',
    'fulfilment channel',
    'fulfillment',
    'fulfilment',
    'channel',
    'fulfilled by',
    'fulfillment method',
    '配送渠道',
    '配送方式',
    '发货方式',
    '渠道',
    'フルフィルメント・チャネル',
    'フルフィルメント・チャンネル',
    'フルフィルメントチャネル',
    'フルフィルメント',
    '出荷方法',
  ],
  negativeFeedback: [
    'negative feedback',
    'negative-feedback',
    'nf',
    'neg feedback',
    'feedback',
    '差评',
    '负面反馈',
  ],
  rating: [
    'rating',
    'feedback rating',
    'stars',
    'star rating',
    '评分',
    '星级',
    '評価',
    // Seller Central pages in German, French, Spanish, Italian, Dutch (docs/rules.md §6).
    'Bewertung',
    'Évaluation',
    'Valoración',
    'Puntuación',
    'Valutazione',
    'Beoordeling',
  ],
  atoz: [
    'A-to-z claim',
    'a-to-z',
    'atoz',
    'a to z',
    'a-to-z claims',
    'a-to-z guarantee claim',
    'a-z claim',
    'az claim',
    'claim',
    'claims',
    'guarantee claim',
    '索赔',
    'A-to-z索赔',
    '亚马逊商城交易保障索赔',
  ],
  chargeback: [
    'chargeback',
    'chargebacks',
    'chargeback claim',
    'service chargeback',
    'credit card chargeback',
    '拒付',
    '信用卡拒付',
    '退单',
  ],
  type: ['type', 'defect type', 'defect', 'kind', 'defect kind', '类型', '缺陷类型'],
  status: [
    'status',
    'claim status',
    'chargeback status',
    'state',
    'decision',
    'outcome',
    '状态',
    '处理状态',
    'ステータス',
    // Seller Central pages in German, French, Spanish, Italian, Dutch (docs/rules.md §6).
    'Statut',
    'Estado',
    'Stato',
  ],
  defectDate: [
    'defect date',
    'date',
    'feedback date',
    'claim date',
    'filed',
    'filed on',
    'received',
    'date received',
    '日期',
    '缺陷日期',
    '反馈日期',
    '索赔日期',
    '日付',
    '評価日',
    // Seller Central pages in German, French, Spanish, Italian, Dutch (docs/rules.md §6).
    'Datum',
    'Fecha',
  ],
  comment: [
    'comments',
    'comment',
    'buyer comment',
    'feedback text',
    'feedback comment',
    'text',
    '评论',
    '买家评论',
    '留言',
    '评价内容',
    'コメント',
    '評価コメント',
    // Seller Central pages in German, French, Spanish, Italian, Dutch (docs/rules.md §6).
    'Kommentare',
    'Kommentar',
    'Commentaires',
    'Commentaire',
    'Comentarios',
    'Comentario',
    'Commenti',
    'Commento',
    'Opmerkingen',
  ],
  reason: [
    'reason',
    'claim reason',
    'chargeback reason',
    'reason code',
    '原因',
    '索赔原因',
    '拒付原因',
    '理由',
    // Seller Central pages in German, French, Spanish, Italian, Dutch (docs/rules.md §6).
    'Grund',
    'Motif',
    'Motivo',
    'Raison',
    'Reden',
  ],
  category: [
    'category',
    'category override',
    'root cause',
    'complaint category',
    '类别',
    '分类',
    '根本原因',
  ],
  amount: [
    'amount',
    'claim amount',
    'chargeback amount',
    '金额',
    // Seller Central pages in German, French, Spanish, Italian, Dutch (docs/rules.md §6).
    'Betrag',
    'Montant',
    'Importe',
    'Importo',
    'Bedrag',
  ],
  source: ['source', '来源'],
  email: [
    'rater email',
    'buyer email',
    'email',
    'e-mail',
    'rater e-mail',
    '邮箱',
    '买家邮箱',
    '評価者のEメール',
    '評価者のメールアドレス',
    '購入者のEメールアドレス',
    'Eメール',
    'メールアドレス',
    // Seller Central pages in German, French, Spanish, Italian, Dutch (docs/rules.md §6).
    'E-Mail-Adresse',
    'E-Mail-Adresse des Bewerters',
    'Adresse e-mail',
    'Correo electrónico',
  ],
  /** Amazon.com, Amazon.ca …: which marketplace an order was placed in (docs/rules.md §6). */
  salesChannel: [
    'sales-channel',
    'sales channel',
    'marketplace',
    'sales-channel-name',
    '销售渠道',
    '站点',
    '販売チャネル',
    '販売チャンネル',
  ],
  /** The order's status in the All Orders report (Shipped, Cancelled …), not a defect status. */
  orderStatus: ['order-status', 'order status', '订单状态', '注文ステータス'],
  /** The card network's chargeback reason code (Visa 10.4, Mastercard 4837 …). */
  reasonCode: [
    'reason code',
    'reason-code',
    'chargeback reason code',
    'dispute reason code',
    '原因代码',
    '拒付原因代码',
  ],
  // Product columns (All Orders report: sku, asin, product-name; Seller Central JP: 出品者SKU, 商品名).
  sku: [
    'sku',
    'seller-sku',
    'seller sku',
    'merchant sku',
    'msku',
    'item sku',
    '卖家SKU',
    '出品者SKU',
  ],
  asin: ['asin', 'product asin', 'item asin'],
  productName: [
    'product-name',
    'product name',
    'item name',
    'product title',
    'item title',
    'title',
    '商品名称',
    '产品名称',
    '品名',
    '商品名',
  ],
};

/** Lower-cases and drops everything but letters and digits (any script), so `Order-ID ` = `orderid`. */
export function normalizeHeader(value: Cell): string {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : '';
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Header synonyms by normalised header (built on first use: the Unicode work costs each fresh context). */
const headerLookup = lazy((): ReadonlyMap<string, readonly Field[]> => {
  const map = new Map<string, Field[]>();
  for (const field of Object.keys(HEADER_SYNONYMS) as Field[]) {
    for (const header of HEADER_SYNONYMS[field]) {
      const key = normalizeHeader(header);
      const list = map.get(key) ?? [];
      if (!list.includes(field)) list.push(field);
      map.set(key, list);
    }
  }
  return map;
});

/** The fields a header cell could stand for (some, like `date`, stand for more than one). */
export function fieldsOfHeader(value: Cell): readonly Field[] {
  return headerLookup().get(normalizeHeader(value)) ?? [];
}

export interface HeaderMatch {
  /** 0-based index of the header row in the range. */
  headerRow: number;
  /** 0-based column per recognised field; the first matching column wins. */
  columns: Partial<Record<Field, number>>;
  /** Every header cell's text, for messages. */
  headers: string[];
}

/** How far down a range the header row may sit (report preambles, titles). */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row: the first row within the first ten that holds an order-id header.
 * A header may stand for several fields (`date`); per field the most specific header wins
 * (`purchase-date` over `date`), and each kind of table reads the fields it needs.
 */
export function matchHeader(table: Table): HeaderMatch | null {
  const limit = Math.min(table.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = table[r] ?? [];
    if (!row.some((cell) => fieldsOfHeader(cell).includes('orderId'))) continue;
    const columns: Partial<Record<Field, number>> = {};
    const rank: Partial<Record<Field, number>> = {};
    row.forEach((cell, c) => {
      const key = normalizeHeader(cell);
      for (const field of fieldsOfHeader(cell)) {
        const position = HEADER_SYNONYMS[field].findIndex((h) => normalizeHeader(h) === key);
        const previous = rank[field];
        if (previous === undefined || position < previous) {
          columns[field] = c;
          rank[field] = position;
        }
      }
    });
    return {
      headerRow: r,
      columns,
      headers: row.map((cell) => (cell == null ? '' : String(cell))),
    };
  }
  return null;
}

/** The headers shown to a seller when a column is missing. */
export function acceptedHeaders(field: Field, count = 6): string {
  return HEADER_SYNONYMS[field]
    .slice(0, count)
    .map((h) => `"${h}"`)
    .join(', ');
}

export function describeHeadersSeen(table: Table): string {
  const first = (table.find((row) => row.some((c) => c !== '' && c != null)) ?? []).filter(
    (c) => c !== '' && c != null,
  );
  if (first.length === 0) return 'the range is empty';
  const shown = first.slice(0, 12).map((c) => `"${String(c)}"`);
  return `the first row holds ${shown.join(', ')}${first.length > 12 ? ', …' : ''}`;
}

/** Throws the message a seller sees when no header row with an order id can be found. */
export function requireHeader(table: Table, argument: string): HeaderMatch {
  if (!Array.isArray(table) || table.length === 0) {
    throw new InputError(
      `${argument}: the range is empty. Select the table including its header row.`,
    );
  }
  const match = matchHeader(table);
  if (!match) {
    throw new InputError(
      `${argument}: no order-id column found in the first ${HEADER_SEARCH_ROWS} rows (${describeHeadersSeen(table)}). ` +
        `Include the header row, and name the column one of ${acceptedHeaders('orderId')}.`,
    );
  }
  return match;
}

/**
 * Excel's scientific notation of a long number ("1.11E+16", "3.73299E+13"): what an id turns
 * into when a report is opened in Excel and saved as CSV. The digits are gone, so the id cannot
 * be recovered (docs/rules.md §6). A number cell of 15 digits or more is the same loss seen
 * from a sheet (Excel and Sheets keep 15 significant digits).
 */
const EXCEL_SCIENTIFIC_RE = /^\d(?:[.,]\d+)?E\+?\d{1,3}$/i;
export function isExcelMangledId(value: Cell): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) >= 1e15;
  return typeof value === 'string' && value.length < 24 && EXCEL_SCIENTIFIC_RE.test(value.trim());
}

/** Unicode dashes copy-paste and word processors put in ids: hyphen, en/em dash, minus. */
const DASHES_RE = /[\u2010-\u2015\u2212\ufe63\uff0d]/g;
/** Characters no one sees: zero-width space/joiners, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const NON_ASCII_RE = /[^\x20-\x7e]/;

/**
 * An order id as a lookup key: trimmed, with the lookalikes a copy from a web page, a PDF or a
 * Japanese input method brings in made plain — invisible characters dropped, Unicode dashes and
 * full-width digits (１１１－…) read as ASCII. Plain ASCII ids (every row of a real report) return
 * at once.
 */
export function cleanOrderId(text: string): string {
  const s = text.trim();
  if (!NON_ASCII_RE.test(s)) return s;
  return s.replace(INVISIBLE_RE, '').normalize('NFKC').replace(DASHES_RE, '-').trim();
}

/**
 * Whether an orders table carries its own defect columns (the ODR download's shape: negative
 * feedback or a rating, A-to-z claim, chargeback), so defects can be read without a defects
 * table.
 */
export function hasDefectColumns(table: Table): boolean {
  const columns = matchHeader(table)?.columns;
  return (
    columns !== undefined &&
    (columns.negativeFeedback !== undefined ||
      columns.rating !== undefined ||
      columns.atoz !== undefined ||
      columns.chargeback !== undefined)
  );
}

/**
 * An order-id cell as a lookup key, the one rule for every reader (the dataset, the rows of an
 * order, the highlight): lookalike dashes, full-width digits and invisible characters made plain
 * (cleanOrderId), and '' for an id Excel rewrote as 1.11E+16, whose digits are lost
 * (docs/rules.md §6): such a row is reported, never matched under a wrong id.
 */
export function orderIdKey(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') {
    const s = cleanOrderId(cell);
    return isExcelMangledId(s) ? '' : s;
  }
  if (isExcelMangledId(cell)) return '';
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}
