/**
 * Generated seller data for the property tests: a model of orders and defects with its own
 * answer (the oracle), rendered into the messy tables sellers paste — renamed and shuffled
 * columns, header rows lower down, blank and duplicated rows, mixed date formats — as Sheets
 * hands them to a custom function.
 */
import fc from 'fast-check';
import { HEADER_SYNONYMS, fieldsOfHeader, type Field } from '../../src/core/engine/columns';

export const MS_PER_DAY = 86_400_000;
/** Days since 1970-01-01 of Sheets' serial 0 (1899-12-30). */
const SERIAL_OFFSET = 25_569;

/** Spreadsheet time zones the cases run in: UTC, far east and west, half-hour and DST zones. */
export const ZONES = [
  'Etc/UTC',
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;
export type Zone = (typeof ZONES)[number];

// ---------------------------------------------------------------- time zones (host side)

const dayFormat = new Map<string, Intl.DateTimeFormat>();
const offsetFormat = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (days since 1970-01-01) an instant falls on in `zone`. */
export function zoneDay(ms: number, zone: string): number {
  let f = dayFormat.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormat.set(zone, f);
  }
  return Math.floor(Date.parse(`${f.format(ms)}T00:00:00Z`) / MS_PER_DAY);
}

/** Minutes `zone` is ahead of UTC at an instant. */
export function zoneOffset(ms: number, zone: string): number {
  let f = offsetFormat.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormat.set(zone, f);
  }
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** An instant at `minutes` past midnight of `day` in `zone` (noon when that time is skipped). */
const instants = new Map<string, number>();

export function instantOn(day: number, minutes: number, zone: string): number {
  const key = `${day},${minutes},${zone}`;
  let t = instants.get(key);
  if (t === undefined) {
    t = findInstant(day, minutes, zone);
    instants.set(key, t);
  }
  return t;
}

function findInstant(day: number, minutes: number, zone: string): number {
  for (const m of [minutes, 720]) {
    const wall = day * MS_PER_DAY + m * 60_000;
    let t = wall - zoneOffset(wall, zone) * 60_000;
    t = wall - zoneOffset(t, zone) * 60_000;
    if (zoneDay(t, zone) === day) return t;
  }
  throw new Error(`no instant on day ${day} in ${zone}`);
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- the model

export type Channel = 'MFN' | 'AFN';
/** How a defect cell reads: nothing, a yes-flag, a status that counts, one that does not. */
export type Flag = 'none' | 'yes' | 'counting' | 'excluded';
export type DateStyle =
  | 'date'
  | 'iso'
  | 'isoTime'
  | 'isoOffset'
  | 'mdy'
  | 'dmyDot'
  | 'serial'
  | 'serialText'
  | 'yyyymmdd'
  | 'monthName'
  | 'cjk';

export interface OrderSpec {
  id: string;
  /** Offset in days from the case's base day. */
  day: number;
  channel: Channel;
  /** Item rows of the order (Amazon's report has one row per item). */
  items: number;
  /** Inline negative feedback: 0 blank, 1–5 stars. */
  stars: number;
  atoz: Flag;
  chargeback: Flag;
  dateStyle: DateStyle;
  /** Minutes past midnight, for date-times. */
  minutes: number;
  /** Offset (minutes) an ISO date-time is written in. */
  writtenOffset: number;
}

export type DefectKind = 'negativeFeedback' | 'atoz' | 'chargeback';

export interface DefectSpec {
  /** Index into the orders, or -1 for an order id the orders range does not hold. */
  order: number;
  kind: DefectKind;
  status: 'blank' | 'counting' | 'excluded';
  comment: string;
  reason: string;
  email: string;
  /** Offset in days from the order's day. */
  after: number;
}

export interface InlineColumns {
  channel: boolean;
  /** 'nf' = a "Negative feedback" column of stars/flags, 'rating' = a Rating column. */
  feedback: 'none' | 'nf' | 'rating';
  atoz: boolean;
  chargeback: boolean;
}

export interface Model {
  zone: Zone;
  /** Days since 1970-01-01 the offsets count from. */
  base: number;
  orders: OrderSpec[];
  defects: DefectSpec[];
  inline: InlineColumns;
  /** Whether a defects table is passed at all. */
  defectTable: boolean;
  /** Explicit as_of as an offset from base, or null for the default (latest purchase date). */
  asOf: number | null;
  asOfStyle: 'date' | 'iso' | 'serial' | 'wrapped';
  /** A product column (ODR_BY_PRODUCT): its header and a cell per order per item row. */
  products?: { header: string; cells: unknown[][] };
}

/** Whether an order has a counting defect, by the rules of docs/rules.md §1–2. */
export function isDefective(model: Model, index: number): boolean {
  const o = model.orders[index];
  const fb = model.inline.feedback;
  if (fb !== 'none' && o.stars >= 1 && o.stars <= 2) return true;
  const counts = (f: Flag) => f === 'yes' || f === 'counting';
  if (model.inline.atoz && counts(o.atoz)) return true;
  if (model.inline.chargeback && counts(o.chargeback)) return true;
  if (model.defectTable) {
    for (const d of model.defects) if (d.order === index && d.status !== 'excluded') return true;
  }
  return false;
}

export interface Expected {
  asOf: number;
  start: number;
  /** Orders and defective orders per scope in the window. */
  counts: Record<'MFN' | 'AFN' | 'ALL', { orders: number; defective: number }>;
  defectiveIds: Map<string, Channel | null>;
}

/** The answer the model gives, in absolute days. */
export function expected(model: Model): Expected {
  const maxDay = Math.max(...model.orders.map((o) => o.day));
  const asOf = model.base + (model.asOf ?? maxDay);
  const start = asOf - 59;
  const counts = {
    MFN: { orders: 0, defective: 0 },
    AFN: { orders: 0, defective: 0 },
    ALL: { orders: 0, defective: 0 },
  };
  const defectiveIds = new Map<string, Channel | null>();
  model.orders.forEach((o, i) => {
    const day = model.base + o.day;
    if (day < start || day > asOf) return;
    const bad = isDefective(model, i);
    const scopes = model.inline.channel ? [o.channel, 'ALL' as const] : ['ALL' as const];
    for (const s of scopes) {
      counts[s].orders++;
      if (bad) counts[s].defective++;
    }
    if (bad) defectiveIds.set(o.id, model.inline.channel ? o.channel : null);
  });
  return { asOf, start, counts, defectiveIds };
}

// ---------------------------------------------------------------- generators

/** Buyer text: Latin, accented, CJK, Arabic, emoji, long and odd strings. */
export const BUYER_TEXTS = [
  'Item arrived broken, box crushed',
  'Never received my package',
  'Wrong colour, not as described',
  'Seller did not answer my messages',
  'Paquete nunca llegó 📦',
  '商品破损，包装很差',
  '没有收到货',
  'المنتج لم يصل',
  'Товар не пришёл',
  'ไม่ได้รับสินค้า',
  'Ünïcödé — “quotes” ‘and’ …',
  'A'.repeat(5_000),
  '破'.repeat(3_000),
  'line one\nline two\r\nline three',
  '\u200b\u200d\ufeff zero-width',
  '',
];

/**
 * Columns the ODR never reads: never an order id, date or defect column. (sku, ASIN and
 * product-name are ODR_BY_PRODUCT's, which its own test renders without these.)
 */
export const JUNK_HEADERS = [
  'sku',
  'product-name',
  'quantity',
  'item-price',
  '商品名称',
  'ASIN',
  'Notes 📝',
];

export const ORDER_TITLES = [
  'Order report 2024',
  'Generated by Seller Central',
  '亚马逊订单报告',
  'Exported: see below',
];

function headerVariants(text: string): string[] {
  const fullWidth = text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return [text, text.toUpperCase(), ` ${text} `, text.replace(/[-\s]/g, '_'), fullWidth];
}

/** Accepted headers for a field that stand for no field the table also uses. */
function headerChoices(field: Field, others: readonly Field[]): string[] {
  return HEADER_SYNONYMS[field].filter((h) => {
    const fields = fieldsOfHeader(h);
    return fields.includes(field) && !fields.some((f) => f !== field && others.includes(f));
  });
}

export const headerFor = (field: Field, others: readonly Field[] = []): fc.Arbitrary<string> =>
  fc
    .constantFrom(...headerChoices(field, others))
    .chain((h) => fc.constantFrom(...headerVariants(h)));

export const junkCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(...BUYER_TEXTS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(''),
);

const flag: fc.Arbitrary<Flag> = fc.constantFrom('none', 'none', 'yes', 'counting', 'excluded');

const dateStyle: fc.Arbitrary<DateStyle> = fc.constantFrom(
  'date',
  'date',
  'iso',
  'isoTime',
  'isoOffset',
  'mdy',
  'dmyDot',
  'serial',
  'serialText',
  'yyyymmdd',
  'monthName',
  'cjk',
);

function orderArb(index: number, span: number): fc.Arbitrary<OrderSpec> {
  return fc.record({
    id: fc.constant(`${100 + (index % 900)}-${String(1_000_000 + index * 7_919).slice(0, 7)}-X`),
    day: fc.integer({ min: -span, max: 0 }),
    channel: fc.constantFrom<Channel>('MFN', 'AFN'),
    items: fc.constantFrom(1, 1, 1, 2),
    stars: fc.constantFrom(0, 0, 0, 1, 2, 3, 4, 5),
    atoz: flag,
    chargeback: flag,
    dateStyle,
    minutes: fc.integer({ min: 0, max: 1439 }),
    writtenOffset: fc.constantFrom(0, 330, -480, 540, 840, -660, 60),
  });
}

export interface ModelOptions {
  maxOrders?: number;
  /** Days back from base that orders spread over (more than 60 puts some outside the window). */
  span?: number;
  zone?: Zone;
}

export function modelArb(options: ModelOptions = {}): fc.Arbitrary<Model> {
  const maxOrders = options.maxOrders ?? 25;
  const span = options.span ?? 90;
  return (
    fc
      .record({
        zone: options.zone ? fc.constant(options.zone) : fc.constantFrom(...ZONES),
        // Early 2023 to mid 2025: crosses DST changes and a leap day.
        base: fc.integer({ min: 19_400, max: 20_250 }),
        count: fc.integer({ min: 1, max: maxOrders }),
        inline: fc.record({
          channel: fc.boolean(),
          feedback: fc.constantFrom<InlineColumns['feedback']>('none', 'nf', 'rating'),
          atoz: fc.boolean(),
          chargeback: fc.boolean(),
        }),
        defectTable: fc.boolean(),
        asOf: fc.option(fc.integer({ min: -20, max: 10 }), { nil: null }),
        asOfStyle: fc.constantFrom<Model['asOfStyle']>('date', 'iso', 'serial', 'wrapped'),
      })
      // Defects come from a defects range or from defect columns in the orders: with neither, the
      // functions say so instead of answering (issue 13), so every model has one of them.
      .map((head) =>
        head.defectTable ||
        head.inline.feedback !== 'none' ||
        head.inline.atoz ||
        head.inline.chargeback
          ? head
          : { ...head, defectTable: true },
      )
      .chain((head) =>
        fc
          .record({
            orders: fc.tuple(...Array.from({ length: head.count }, (_, i) => orderArb(i, span))),
            defects: fc.array(
              fc.record({
                order: fc.integer({ min: -1, max: head.count - 1 }),
                kind: fc.constantFrom<DefectKind>('negativeFeedback', 'atoz', 'chargeback'),
                status: fc.constantFrom<DefectSpec['status']>(
                  'blank',
                  'counting',
                  'counting',
                  'excluded',
                ),
                comment: fc.constantFrom(...BUYER_TEXTS),
                reason: fc.constantFrom('', 'Item not received', 'Not as described', '其他'),
                email: fc.constantFrom('', 'buyer@example.com'),
                after: fc.integer({ min: 0, max: 40 }),
              }),
              { maxLength: 8 },
            ),
          })
          .map(({ orders, defects }) => ({ ...head, orders, defects })),
      )
  );
}

// ---------------------------------------------------------------- rendering

export interface Realm {
  /** The bundle context's Date constructor: Sheets hands dates to the script in its realm. */
  Date: DateConstructor;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** A cell holding calendar day `day` (absolute) in the given style, read back as that day. */
export function renderDate(
  day: number,
  style: DateStyle,
  minutes: number,
  writtenOffset: number,
  zone: string,
  realm: Realm,
): unknown {
  const iso = isoDay(day);
  const [y, m, d] = iso.split('-').map(Number);
  switch (style) {
    case 'date':
      return new realm.Date(instantOn(day, minutes, zone));
    case 'iso':
      return iso;
    case 'isoTime':
      // A date-time without an offset is taken as written.
      return `${iso} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:07`;
    case 'isoOffset': {
      const t = instantOn(day, minutes, zone);
      const wall = new Date(t + writtenOffset * 60_000).toISOString().slice(0, 19);
      return `${wall}${offsetText(writtenOffset)}`;
    }
    case 'mdy':
      // Only where month-first is certain (day of month over 12): the column decides the rest.
      return d > 12 ? `${m}/${d}/${y}` : iso;
    case 'dmyDot':
      // Dotted dates are day-first wherever they are written.
      return d <= 12 ? `${pad2(d)}.${pad2(m)}.${y}` : iso;
    case 'serial':
      return day + SERIAL_OFFSET + minutes / 1440;
    case 'serialText':
      return String(day + SERIAL_OFFSET);
    case 'yyyymmdd':
      return y * 10_000 + m * 100 + d;
    case 'monthName':
      return `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
    case 'cjk':
      return `${y}年${m}月${d}日`;
  }
}

/** Layout choices that do not change the answer. */
export interface Layout {
  /** Column order: a permutation key per column. */
  columnKeys: number[];
  /** Header text per field (generated). */
  headers: Partial<Record<Field, string>>;
  junkHeaders: string[];
  junk: unknown[];
  /** Rows above the header row (0–9): blank or titles. */
  preamble: ('blank' | 'title')[];
  /** Blank rows and skipped rows mixed in, and duplicates of data rows (by index). */
  blanks: number[];
  duplicates: number[];
  noise: number[];
  /** Flag spellings per kind. */
  spellings: number[];
}

export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  columnKeys: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
    minLength: 16,
    maxLength: 16,
  }),
  headers: fc.record({
    orderId: headerFor('orderId'),
    purchaseDate: headerFor('purchaseDate'),
    channel: headerFor('channel'),
    negativeFeedback: headerFor('negativeFeedback'),
    rating: headerFor('rating'),
    atoz: headerFor('atoz'),
    chargeback: headerFor('chargeback'),
    type: headerFor('type', ['defectDate', 'purchaseDate']),
    status: headerFor('status'),
    defectDate: headerFor('defectDate', ['purchaseDate']),
    comment: headerFor('comment'),
    reason: headerFor('reason'),
    email: headerFor('email'),
  }),
  junkHeaders: fc.shuffledSubarray(JUNK_HEADERS, { minLength: 0, maxLength: 3 }),
  junk: fc.array(junkCell, { minLength: 24, maxLength: 24 }),
  preamble: fc.array(fc.constantFrom<'blank' | 'title'>('blank', 'title'), { maxLength: 9 }),
  blanks: fc.array(fc.nat(), { maxLength: 4 }),
  duplicates: fc.array(fc.nat(), { maxLength: 4 }),
  noise: fc.array(fc.nat(), { maxLength: 3 }),
  spellings: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
});

const SPELL: Record<Flag, unknown[]> = {
  none: ['', false, 0, 'No', '-', '否'],
  yes: [true, 'Yes', 1, 'x', '✓', '是', 'TRUE'],
  counting: ['Open', 'Granted', 'Pending', '处理中', 'Under review'],
  excluded: ['Denied', 'Withdrawn', 'Amazon funded', 'Reversed', 'Fraud', '驳回'],
};
const STATUS: Record<DefectSpec['status'], string[]> = {
  blank: [''],
  counting: SPELL.counting as string[],
  excluded: SPELL.excluded as string[],
};
const KIND_WORDS: Record<DefectKind, string[]> = {
  negativeFeedback: ['Negative feedback', 'negative-feedback', 'Feedback', '差评'],
  atoz: ['A-to-z claim', 'A-to-z Guarantee claim', 'AtoZ', '索赔'],
  chargeback: ['Chargeback', 'Service chargeback', '拒付'],
};

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

interface Column {
  header: string;
  cell: (row: number) => unknown;
}

/** Lays out columns (shuffled), preamble, header row, data rows with blanks, noise, duplicates. */
function assemble(
  columns: Column[],
  dataRows: number,
  layout: Layout,
  noiseRow: (k: number) => unknown[],
): unknown[][] {
  const order = columns
    .map((c, i) => ({ c, key: layout.columnKeys[i % layout.columnKeys.length] + i * 1e-9 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.c);
  const width = order.length;
  const rows: unknown[][] = [];
  for (const p of layout.preamble) {
    const row = new Array<unknown>(width).fill('');
    if (p === 'title') row[0] = pick(ORDER_TITLES, rows.length);
    rows.push(row);
  }
  rows.push(order.map((c) => c.header));
  const data: unknown[][] = [];
  for (let r = 0; r < dataRows; r++) data.push(order.map((c) => c.cell(r)));
  for (const n of layout.noise) {
    const raw = noiseRow(n);
    data.splice(
      n % (data.length + 1),
      0,
      order.map((c) => raw[columns.indexOf(c)]),
    );
  }
  for (const n of layout.blanks) data.splice(n % (data.length + 1), 0, new Array(width).fill(''));
  for (const n of layout.duplicates) {
    if (data.length === 0) break;
    const copy = data[n % data.length];
    data.splice((n * 7) % (data.length + 1), 0, copy.slice());
  }
  return [...rows, ...data];
}

export interface Rendered {
  orders: unknown[][];
  defects: unknown[][] | undefined;
  asOf: unknown;
  /** Rows of `orders` / `defects` above the first data row (preamble and header). */
  ordersHead: number;
  defectsHead: number;
}

/** Renders the model as the tables and arguments Sheets would pass. */
export function render(model: Model, layout: Layout, realm: Realm): Rendered {
  const zone = model.zone;
  const inline = model.inline;
  // Item rows, in order.
  const itemRows: number[] = [];
  const itemOf: number[] = [];
  model.orders.forEach((o, i) => {
    for (let k = 0; k < o.items; k++) {
      itemRows.push(i);
      itemOf.push(k);
    }
  });
  const order = (r: number) => model.orders[itemRows[r]];
  const h = layout.headers;
  const columns: Column[] = [
    { header: h.orderId as string, cell: (r) => order(r).id },
    {
      header: h.purchaseDate as string,
      cell: (r) => {
        const o = order(r);
        return renderDate(model.base + o.day, o.dateStyle, o.minutes, o.writtenOffset, zone, realm);
      },
    },
  ];
  if (inline.channel) {
    columns.push({
      header: h.channel as string,
      cell: (r) =>
        pick(
          order(r).channel === 'MFN'
            ? ['Merchant', 'MFN', 'FBM', '自发货']
            : ['Amazon', 'AFN', 'FBA', '亚马逊'],
          layout.spellings[0] + itemRows[r],
        ),
    });
  }
  if (inline.feedback !== 'none') {
    columns.push({
      header: (inline.feedback === 'nf' ? h.negativeFeedback : h.rating) as string,
      cell: (r) => {
        const s = order(r).stars;
        if (s === 0) return '';
        return pick([s, String(s), `${s} stars`], layout.spellings[1] + itemRows[r]);
      },
    });
  }
  if (inline.atoz)
    columns.push({
      header: h.atoz as string,
      cell: (r) => pick(SPELL[order(r).atoz], layout.spellings[2] + itemRows[r]),
    });
  if (inline.chargeback)
    columns.push({
      header: h.chargeback as string,
      cell: (r) => pick(SPELL[order(r).chargeback], layout.spellings[3] + itemRows[r]),
    });
  const products = model.products;
  if (products)
    columns.push({ header: products.header, cell: (r) => products.cells[itemRows[r]][itemOf[r]] });
  layout.junkHeaders.forEach((header, j) =>
    columns.push({ header, cell: (r) => pick(layout.junk, r * 3 + j) }),
  );
  const ordersTable = assemble(columns, itemRows.length, layout, (n) =>
    // A row with no order id, or one whose purchase date cannot be read: both skipped.
    columns.map((_, c) =>
      c === 0
        ? n % 2
          ? ''
          : `NOISE-${n}`
        : c === 1
          ? pick(['n/a', 'TBD', '未知', ''], n)
          : pick(layout.junk, n + c),
    ),
  );

  let defectsTable: unknown[][] | undefined;
  if (model.defectTable) {
    const d = (r: number) => model.defects[r];
    const idOf = (spec: DefectSpec) =>
      spec.order < 0
        ? `999-${String(spec.after).padStart(7, '0')}-UNKNOWN`
        : model.orders[spec.order].id;
    const dcols: Column[] = [
      { header: h.orderId as string, cell: (r) => idOf(d(r)) },
      {
        header: h.type as string,
        cell: (r) => pick(KIND_WORDS[d(r).kind], layout.spellings[4] + r),
      },
      {
        header: h.status as string,
        cell: (r) => pick(STATUS[d(r).status], layout.spellings[5] + r),
      },
      {
        header: h.defectDate as string,
        cell: (r) => {
          const spec = d(r);
          const day = model.base + (spec.order < 0 ? 0 : model.orders[spec.order].day) + spec.after;
          return renderDate(day, 'iso', 0, 0, zone, realm);
        },
      },
      { header: h.comment as string, cell: (r) => d(r).comment },
      { header: h.reason as string, cell: (r) => d(r).reason },
      { header: h.email as string, cell: (r) => d(r).email },
    ];
    defectsTable = assemble(dcols, model.defects.length, { ...layout, noise: [] }, () => []);
  }

  let asOf: unknown = undefined;
  if (model.asOf !== null) {
    const day = model.base + model.asOf;
    asOf =
      model.asOfStyle === 'date'
        ? new realm.Date(instantOn(day, 600, zone))
        : model.asOfStyle === 'iso'
          ? isoDay(day)
          : model.asOfStyle === 'serial'
            ? day + SERIAL_OFFSET
            : [[new realm.Date(instantOn(day, 0, zone))]];
  }
  return {
    orders: ordersTable,
    defects: defectsTable,
    asOf,
    ordersHead: layout.preamble.length + 1,
    defectsHead: layout.preamble.length + 1,
  };
}

/** The same rows with the data rows (below the header) in another order. */
export function shuffleData(
  table: unknown[][],
  head: number,
  keys: readonly number[],
): unknown[][] {
  const data = table.slice(head).map((row, i) => ({ row, key: keys[i % keys.length] + i * 1e-9 }));
  data.sort((a, b) => a.key - b.key);
  return [...table.slice(0, head), ...data.map((d) => d.row)];
}
