/**
 * The custom functions' documentation: scripts/build.mjs writes it as the JSDoc above each
 * function's top-level stub (Sheets' autocomplete reads `@customfunction` and `@param` there),
 * and scripts/gen-docs.mjs writes the README's function reference from it. Which functions
 * exist is server-api.ts's CUSTOM_FUNCTIONS; tests/bundle/server-list.test.ts checks that the
 * two name the same functions. Pure data: no imports.
 */

export interface ParamDoc {
  name: string;
  /** The JSDoc type shown by Sheets' autocomplete. */
  type: string;
  optional: boolean;
  description: string;
}

export interface CustomFunctionDoc {
  name: string;
  summary: string;
  params: ParamDoc[];
  returns: string;
  example: string;
}

const ORDERS: ParamDoc = {
  name: 'orders',
  type: 'A1:F500',
  optional: false,
  description:
    'Orders with their header row: order id and purchase date required; fulfillment-channel and defect columns optional.',
};
const DEFECTS: ParamDoc = {
  name: 'defects',
  type: 'Defects!A1:H200',
  optional: true,
  description:
    'Feedback report, defect list (order id + type + status) or the ODR download, with its header row.',
};
const AS_OF: ParamDoc = {
  name: 'as_of',
  type: 'Date',
  optional: true,
  description: "The window's last day. Default: the latest purchase date in orders.",
};
const CHANNEL: ParamDoc = {
  name: 'channel',
  type: 'string',
  optional: true,
  description:
    '"MFN", "AFN" or "ALL". Default: the channel with the higher rate when both are present.',
};

export const CUSTOM_FUNCTIONS: readonly CustomFunctionDoc[] = [
  {
    name: 'ODR',
    summary:
      "Order Defect Rate over the 60-day window, by Amazon's rules: orders with a defect ÷ orders (a fraction; format as %).",
    params: [ORDERS, DEFECTS, AS_OF, CHANNEL],
    returns: 'The rate as a fraction, e.g. 0.0125 for 1.25 %.',
    example: '=ODR(Orders!A1:F5000, Defects!A1:H200)',
  },
  {
    name: 'ODR_BREAKDOWN',
    summary:
      'ODR per fulfilment channel with its window, counts, the three defect types and OK / AT RISK.',
    params: [ORDERS, DEFECTS, AS_OF],
    returns:
      'A table: Channel | Window start | Window end | Orders | Orders with defects | ODR | Negative feedback | A-to-z claims | Chargebacks | Status.',
    example: '=ODR_BREAKDOWN(Orders!A1:F5000, Defects!A1:H200)',
  },
  {
    name: 'ODR_DEFECTS',
    summary:
      'The defective orders in the window, with their defect types and the day each leaves the window.',
    params: [
      ORDERS,
      DEFECTS,
      AS_OF,
      { ...CHANNEL, description: '"MFN", "AFN" or "ALL". Default: both channels.' },
    ],
    returns:
      'A table: Order ID | Order date | Channel | Negative feedback | A-to-z claim | Chargeback | Leaves window on.',
    example: '=ODR_DEFECTS(Orders!A1:F5000, Defects!A1:H200)',
  },
  {
    name: 'ODR_ORDERS_NEEDED',
    summary: 'How many more defect-free orders bring the rate strictly under the target.',
    params: [
      ORDERS,
      DEFECTS,
      AS_OF,
      CHANNEL,
      {
        name: 'target',
        type: 'number',
        optional: true,
        description: 'The rate to get under. Default 0.01 (1 %).',
      },
    ],
    returns: 'A whole number of orders (0 when already under target).',
    example: '=ODR_ORDERS_NEEDED(Orders!A1:F5000, Defects!A1:H200)',
  },
  {
    name: 'ODR_FORECAST',
    summary:
      'Day by day after as_of: the rate as old orders leave the window, with no new orders and at current volume.',
    params: [
      ORDERS,
      DEFECTS,
      AS_OF,
      CHANNEL,
      {
        name: 'days',
        type: 'number',
        optional: true,
        description: 'How many days ahead. Default 60.',
      },
    ],
    returns:
      'A table: Date | Orders in window | Defects in window | ODR with no new orders | ODR at current volume.',
    example: '=ODR_FORECAST(Orders!A1:F5000, Defects!A1:H200, , "MFN", 30)',
  },
  {
    name: 'ODR_CHECK',
    summary:
      'Plain findings about the data: skipped rows and why, unrecognised statuses, defects without an order, duplicates, date formats.',
    params: [ORDERS, DEFECTS],
    returns: 'One column of findings; the first line starts with OK when nothing needs a look.',
    example: '=ODR_CHECK(Orders!A1:F5000, Defects!A1:H200)',
  },
  {
    name: 'ODR_ROOT_CAUSES',
    summary:
      "The window's defective orders per complaint category (from claim reasons, buyer comments and your category column).",
    params: [ORDERS, DEFECTS, AS_OF],
    returns: 'A table: Category | Defective orders | Share | Example order ids.',
    example: '=ODR_ROOT_CAUSES(Orders!A1:F5000, Defects!A1:H200)',
  },
];
