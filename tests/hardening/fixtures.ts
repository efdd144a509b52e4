/**
 * Seller workbooks for the hardening tests: an Orders sheet and a Defects sheet whose buyer-text
 * cells hold given strings, typed in as literal text (as a seller pasting plain text would).
 */
import { PLAIN_TEXT_FORMAT, type Emulator } from '../helpers/emulator';

export const ORDERS_HEADER = ['order-id', 'purchase-date', 'fulfillment-channel', 'sku'];
export const DEFECTS_HEADER = [
  'Order ID',
  'Type',
  'Rating',
  'Comments',
  'Reason',
  'Rater Email',
  'Defect date',
];

export function orderId(i: number): string {
  return `114-${String(i).padStart(7, '0')}-${String(7_000_000 + i * 13).slice(0, 7)}`;
}

/** `count` orders over the 30 days before 2024-03-01, MFN and AFN mixed. */
export function ordersRows(count: number): unknown[][] {
  const rows: unknown[][] = [ORDERS_HEADER];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2024, 1, 1 + (i % 29)));
    rows.push([orderId(i), day.toISOString().slice(0, 10), i % 4 ? 'Merchant' : 'Amazon', 'SKU-1']);
  }
  return rows;
}

export interface BuyerText {
  comment: string;
  reason: string;
  email: string;
}

/** One negative feedback or claim per text, on orders 0, 1, 2… */
export function defectsRows(texts: readonly BuyerText[]): unknown[][] {
  return [
    DEFECTS_HEADER,
    ...texts.map((t, i) => [
      orderId(i),
      i % 3 === 2 ? 'A-to-z claim' : 'Negative feedback',
      i % 3 === 2 ? '' : 1 + (i % 2),
      t.comment,
      t.reason,
      t.email,
      '2024-02-20',
    ]),
  ];
}

/** Writes rows into a new sheet with the text columns as plain text: no cell becomes a formula. */
export function seedLiteral(
  emulator: Emulator,
  name: string,
  rows: unknown[][],
  textColumns: number[],
): void {
  const counting = emulator.core.counting;
  emulator.core.counting = false;
  try {
    const typed = rows.map((row, r) =>
      row.map((v, c) => (r > 0 && textColumns.includes(c) ? '' : v)),
    );
    const sheet = emulator.seedSheet(name, typed);
    rows.forEach((row, r) => {
      if (r === 0) return;
      for (const c of textColumns) {
        sheet.setFormat('numberFormat', r + 1, c + 1, PLAIN_TEXT_FORMAT);
        const v = row[c];
        sheet.set(r + 1, c + 1, v === '' || v === undefined ? undefined : String(v));
      }
    });
    emulator.core.markDirty();
  } finally {
    emulator.core.counting = counting;
  }
}

export interface CellInfo {
  sheet: string;
  row: number;
  col: number;
  /** As a script reads it (dates as ISO strings). */
  value: unknown;
  formula: string;
  format: unknown;
  /** As stored: a string only for text. */
  raw: unknown;
}

/** Every cell of every sheet: value, formula and number format. */
export function allCells(emulator: Emulator): CellInfo[] {
  const out: CellInfo[] = [];
  for (const model of emulator.core.sheets) {
    const snap = emulator.snapshot(model.name, 1, Math.max(1, model.lastRow()));
    snap.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (r + 1 > snap.lastRow || c + 1 > snap.lastColumn) return;
        out.push({
          sheet: model.name,
          row: r + 1,
          col: c + 1,
          value,
          formula: snap.formulas[r][c],
          format: model.getFormat('numberFormat', r + 1, c + 1),
          raw: model.get(r + 1, c + 1),
        });
      }),
    );
  }
  return out;
}
