/**
 * The sample workbook a new user inserts with one click: realistic, deterministic, and built to
 * show every feature: MFN over 1 % and AFN under it, all three defect types, statuses that do
 * and do not count, buyer comments in several languages, an order outside the window and a
 * defect whose order is unknown.
 */
import type { Cell, Day } from '../engine/types';
import { dayToIso } from '../engine/dates';
import { DEFECTS_LEDGER_HEADER } from '../import/templates';

export const SAMPLE_ORDERS_HEADER = [
  'amazon-order-id',
  'purchase-date',
  'fulfillment-channel',
  'sku',
  'product-name',
  'quantity',
  'item-price',
];

const PRODUCTS: readonly [string, string, number][] = [
  ['GL-VASE-20', 'Glass flower vase, 20 cm', 24.99],
  ['USB-C-CHG-65', 'USB-C charger 65 W', 29.99],
  ['YOGA-MAT-BLU', 'Yoga mat, blue, 6 mm', 19.99],
  ['LED-STRIP-5M', 'LED strip light 5 m', 15.99],
  ['CERAMIC-MUG-2', 'Ceramic mug set of 2', 17.49],
];

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleWorkbook {
  orders: Cell[][];
  defects: Cell[][];
  /** Sample purchase dates as ISO strings; the writer turns them into date cells. */
  lastOrderDay: Day;
}

interface SampleDefect {
  /** Which order: index from the newest MFN/AFN order (0 = newest). */
  channel: 'Merchant' | 'Amazon';
  ageDays: number;
  type: string;
  status: string;
  rating: number | '';
  comment: string;
  reason: string;
  source: string;
}

const DEFECTS: readonly SampleDefect[] = [
  {
    channel: 'Merchant',
    ageDays: 52,
    type: 'A-to-z claim',
    status: 'Granted',
    rating: '',
    comment: '',
    reason: 'Item not received',
    source: 'A-to-z claims page',
  },
  {
    channel: 'Merchant',
    ageDays: 45,
    type: 'Negative feedback',
    status: '',
    rating: 1,
    comment: 'Package never arrived. Tracking has not updated for two weeks.',
    reason: '',
    source: 'Feedback report',
  },
  {
    channel: 'Merchant',
    ageDays: 38,
    type: 'Negative feedback',
    status: '',
    rating: 2,
    comment: 'The vase arrived broken, glass everywhere. Poor packaging.',
    reason: '',
    source: 'Feedback report',
  },
  {
    channel: 'Merchant',
    ageDays: 31,
    type: 'A-to-z claim',
    status: 'Under review',
    rating: '',
    comment: '',
    reason: 'Item materially different: wrong colour sent',
    source: 'A-to-z claims page',
  },
  {
    channel: 'Merchant',
    ageDays: 24,
    type: 'Chargeback',
    status: 'Open',
    rating: '',
    comment: '',
    reason: 'Item not received',
    source: 'Chargebacks page',
  },
  {
    channel: 'Merchant',
    ageDays: 17,
    type: 'Negative feedback',
    status: '',
    rating: 1,
    comment: 'Charger missing from the box, seller never replied to my messages.',
    reason: '',
    source: 'Feedback report',
  },
  {
    channel: 'Merchant',
    ageDays: 9,
    type: 'Negative feedback',
    status: '',
    rating: 1,
    comment: '收到的商品有破损，包装太差。',
    reason: '',
    source: 'Feedback report',
  },
  {
    channel: 'Merchant',
    ageDays: 5,
    type: 'A-to-z claim',
    status: 'Denied',
    rating: '',
    comment: '',
    reason: 'Buyer changed mind',
    source: 'A-to-z claims page',
  },
  {
    channel: 'Merchant',
    ageDays: 70,
    type: 'Negative feedback',
    status: '',
    rating: 1,
    comment: 'Late delivery.',
    reason: '',
    source: 'Feedback report',
  },
  {
    channel: 'Amazon',
    ageDays: 40,
    type: 'Negative feedback',
    status: '',
    rating: 2,
    comment: 'Artikel kam beschädigt an, Verpackung war eingedrückt.',
    reason: '',
    source: 'Feedback report',
  },
  {
    channel: 'Amazon',
    ageDays: 20,
    type: 'Negative feedback',
    status: 'Removed',
    rating: 1,
    comment: 'Arrived a day late.',
    reason: '',
    source: 'Feedback report',
  },
  {
    channel: 'Amazon',
    ageDays: 12,
    type: 'A-to-z claim',
    status: 'Open',
    rating: '',
    comment: '',
    reason: 'Return requested, no refund after 10 days',
    source: 'A-to-z claims page',
  },
  {
    channel: 'Merchant',
    ageDays: 14,
    type: 'Negative feedback',
    status: '',
    rating: 3,
    comment: 'OK product, slow shipping.',
    reason: '',
    source: 'Feedback report',
  },
];

/** Builds the sample ending on `lastOrderDay`: 75 days of orders, about 13 a day. */
export function buildSample(lastOrderDay: Day): SampleWorkbook {
  const rand = seeded(20240114);
  const orders: Cell[][] = [SAMPLE_ORDERS_HEADER];
  const byChannelAndAge = new Map<string, string>();
  let serial = 0;
  for (let age = 74; age >= 0; age--) {
    const day = lastOrderDay - age;
    for (const [channel, perDay] of [
      ['Merchant', 8],
      ['Amazon', 5],
    ] as const) {
      const count = perDay + Math.floor(rand() * 3) - 1;
      for (let i = 0; i < count; i++) {
        serial++;
        const id = `${['111', '112', '113', '114'][serial % 4]}-${String(1000000 + serial * 7919).slice(-7)}-${String(3000000 + serial * 104729).slice(-7)}`;
        byChannelAndAge.set(`${channel}/${age}`, id);
        const items = rand() < 0.2 ? 2 : 1;
        const first = Math.floor(rand() * PRODUCTS.length);
        for (let k = 0; k < items; k++) {
          const [sku, name, price] = PRODUCTS[(first + k) % PRODUCTS.length];
          orders.push([
            id,
            `${dayToIso(day)}T${String(8 + (serial % 12)).padStart(2, '0')}:15:00+00:00`,
            channel,
            sku,
            name,
            1,
            price,
          ]);
        }
      }
    }
  }
  // The same Defects ledger the import writes (issue #5).
  const defects: Cell[][] = [[...DEFECTS_LEDGER_HEADER]];
  for (const d of DEFECTS) {
    const orderId = byChannelAndAge.get(`${d.channel}/${d.ageDays}`) as string;
    const arrived = dayToIso(lastOrderDay - d.ageDays + 6);
    defects.push([orderId, d.type, d.status, arrived, d.rating, d.comment, d.reason, d.source, '']);
  }
  // A chargeback on an order that is not in the Orders sheet: ODR_CHECK names it.
  defects.push([
    '999-0000000-0000001',
    'Chargeback',
    'Open',
    dayToIso(lastOrderDay - 3),
    '',
    '',
    'Item not received',
    'Chargebacks page',
    '',
  ]);
  return { orders, defects, lastOrderDay };
}
