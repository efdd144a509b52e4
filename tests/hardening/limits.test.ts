/**
 * Apps Script's 6-minute limit: sidebar load, highlight, action plan and import on 100,000 order
 * rows, with the emulator charging its documented latency per service call (tools/emulator,
 * DEFAULT_LATENCY) plus the compute time measured here.
 */
import { DEFAULT_LATENCY, emulateBundle, type Emulator } from '../helpers/emulator';
import { ORDERS_HEADER, orderId } from './fixtures';

const ROWS = 100_000;
const LIMIT_S = 360;
/** "Well inside": half the limit. */
const BUDGET_S = LIMIT_S / 2;

function bigOrders(): unknown[][] {
  const rows: unknown[][] = [[...ORDERS_HEADER, 'Chargeback']];
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(Date.UTC(2024, 0, 1 + (i % 59)));
    rows.push([orderId(i), day, i % 3 ? 'Merchant' : 'Amazon', 'SKU', i % 97 === 0 ? 'Yes' : '']);
  }
  return rows;
}

function measure(emulator: Emulator, label: string, work: () => void): number {
  emulator.resetCalls();
  const t0 = performance.now();
  work();
  const computeS = (performance.now() - t0) / 1000;
  const simulatedS = emulator.simulatedMs / 1000;
  const total = simulatedS + computeS;
  console.log(
    `${label} ${ROWS / 1000}k rows: ${emulator.totalCalls()} calls, simulated ${simulatedS.toFixed(1)} s + compute ${computeS.toFixed(1)} s = ${total.toFixed(1)} s (limit ${LIMIT_S} s)`,
  );
  return total;
}

describe(`${ROWS.toLocaleString('en')} order rows inside Apps Script's 6-minute limit`, () => {
  const { emulator, call } = emulateBundle({ latencyMs: DEFAULT_LATENCY });
  emulator.seedSheet('Orders', bigOrders());

  it('getDashboard (sidebar load)', () => {
    expect(measure(emulator, 'getDashboard', () => call('getDashboard'))).toBeLessThan(BUDGET_S);
  });

  it('highlightDefects and clearHighlights', () => {
    expect(measure(emulator, 'highlightDefects', () => call('highlightDefects'))).toBeLessThan(
      BUDGET_S,
    );
    expect(measure(emulator, 'clearHighlights', () => call('clearHighlights'))).toBeLessThan(
      BUDGET_S,
    );
  });

  it('writeActionPlan', () => {
    expect(measure(emulator, 'writeActionPlan', () => call('writeActionPlan'))).toBeLessThan(
      BUDGET_S,
    );
  });

  it('importReports of a 100k-row All Orders report into the workbook', () => {
    const lines = ['amazon-order-id\tpurchase-date\tfulfillment-channel\tsku'];
    for (let i = 0; i < ROWS; i++) {
      const d = `2024-02-${String(1 + (i % 28)).padStart(2, '0')}`;
      lines.push(
        `${orderId(ROWS + i)}\t${d}T10:00:00+00:00\t${i % 3 ? 'Merchant' : 'Amazon'}\tSKU`,
      );
    }
    const fresh = emulateBundle({ latencyMs: DEFAULT_LATENCY });
    const total = measure(fresh.emulator, 'importReports', () =>
      fresh.call('importReports', [{ name: 'all-orders.txt', text: lines.join('\n') }]),
    );
    expect(fresh.emulator.core.sheetByName('Orders')?.lastRow()).toBe(ROWS + 1);
    expect(total).toBeLessThan(BUDGET_S);
  });
});
