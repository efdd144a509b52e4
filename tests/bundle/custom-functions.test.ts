/**
 * The shipped artifact: dist/Code.js loaded into a fresh V8 context with only Apps Script's
 * globals, called exactly as Sheets calls custom functions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { CUSTOM_FUNCTIONS } from '../../src/addon/entry-points';
import {
  DIST,
  bundleSource,
  call,
  contextDate,
  loadBundle,
  type BundleContext,
} from '../helpers/bundle';

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js')))
    throw new Error('dist/Code.js is missing: run `npm run build` first');
});

/** A sample range as Sheets passes it: Date objects of the context's realm, "" for blanks. */
function sampleOrders(ctx: BundleContext): unknown[][] {
  const d = (iso: string) => contextDate(ctx, `${iso}T00:00:00Z`);
  return [
    [
      'amazon-order-id',
      'purchase-date',
      'fulfillment-channel',
      'Rating',
      'A-to-z claim',
      'Chargeback',
    ],
    ['111-0000001-0000001', d('2024-01-02'), 'Merchant', '', '', ''],
    ['111-0000001-0000001', d('2024-01-02'), 'Merchant', '', '', ''],
    ['111-0000002-0000002', d('2024-01-05'), 'Merchant', 1, '', ''],
    ['111-0000003-0000003', d('2024-01-07'), 'Merchant', '', 'Denied', ''],
    ['111-0000004-0000004', d('2024-01-09'), 'Amazon', '', '', true],
    ['111-0000005-0000005', d('2024-01-10'), 'Amazon', 5, '', false],
    ['111-0000006-0000006', d('2024-01-14'), 'Merchant', '', 'Open', ''],
    ['', '', '', '', '', ''],
  ];
}

describe('dist/Code.js', () => {
  it('declares every custom function as a top-level function with its JSDoc', () => {
    const source = bundleSource();
    for (const fn of CUSTOM_FUNCTIONS) {
      const args = fn.params.map((p) => p.name).join(', ');
      const at = source.indexOf(`\nfunction ${fn.name}(${args}) {`);
      expect(at).toBeGreaterThan(0);
      const doc = source.slice(source.lastIndexOf('/**', at), at);
      expect(doc).toContain('@customfunction');
      for (const p of fn.params) {
        expect(doc).toMatch(
          new RegExp(`@param \\{[^}]+\\} ${p.optional ? `\\[${p.name}\\]` : p.name} `),
        );
      }
    }
    const ctx = loadBundle();
    for (const fn of CUSTOM_FUNCTIONS) expect(typeof ctx[fn.name]).toBe('function');
  });

  it('references no Node-only or browser-only global, loading or running', () => {
    const forbidden = [
      'require',
      'process',
      'setTimeout',
      'setInterval',
      'URL',
      'fetch',
      'TextEncoder',
      'TextDecoder',
      'atob',
      'btoa',
      'crypto',
      'window',
      'document',
      'Buffer',
      'module',
      'exports',
      'navigator',
    ];
    const touched: string[] = [];
    const sandbox: Record<string, unknown> = { console: { log() {} } };
    for (const name of forbidden) {
      Object.defineProperty(sandbox, name, {
        get() {
          touched.push(name);
          return undefined;
        },
      });
    }
    const ctx = vm.createContext(sandbox) as BundleContext;
    vm.runInContext(bundleSource(), ctx);
    const orders = sampleOrders(ctx);
    for (const fn of CUSTOM_FUNCTIONS) call(ctx, fn.name, orders);
    expect(touched).toEqual([]);
    // Module syntax or loaders: Apps Script has neither.
    expect(bundleSource()).not.toMatch(/^\s*(import|export)\s|\brequire\(|\bimport\(/m);
  });

  it('answers every custom function from 2-D arrays as Sheets passes them', () => {
    const ctx = loadBundle();
    const orders = sampleOrders(ctx);
    // MFN: 4 orders, 2 with defects (rating 1; open claim); the denied claim does not count.
    expect(call(ctx, 'ODR', orders)).toBe(0.5);
    expect(call(ctx, 'ODR', orders, undefined, undefined, 'AFN')).toBe(0.5);
    expect(
      call(ctx, 'ODR', orders, null, contextDate(ctx, '2024-01-09T00:00:00Z'), 'MFN'),
    ).toBeCloseTo(1 / 3, 15);
    const breakdown = call<unknown[][]>(ctx, 'ODR_BREAKDOWN', orders);
    expect(breakdown.map((r) => r[0])).toEqual(['Channel', 'MFN', 'AFN']);
    expect((breakdown[1][1] as Date).toISOString()).toBe('2023-11-16T00:00:00.000Z');
    expect(breakdown[1].slice(3)).toEqual([4, 2, 0.5, 1, 1, 0, 'AT RISK']);
    const defects = call<unknown[][]>(ctx, 'ODR_DEFECTS', orders);
    expect(defects.slice(1).map((r) => r[0])).toEqual([
      '111-0000002-0000002',
      '111-0000004-0000004',
      '111-0000006-0000006',
    ]);
    expect(defects[2].slice(2, 6)).toEqual(['AFN', false, false, true]);
    expect(call(ctx, 'ODR_ORDERS_NEEDED', orders, '', '', 'MFN')).toBe(197);
    const forecast = call<unknown[][]>(ctx, 'ODR_FORECAST', orders, '', '', 'MFN', 2);
    expect(forecast).toHaveLength(3);
    expect(forecast[1].slice(1, 4)).toEqual([4, 2, 0.5]);
    const check = call<string[][]>(ctx, 'ODR_CHECK', orders);
    expect(check[0][0]).toMatch(
      /^1 finding to look at below\. 8 order rows = 6 orders \(MFN 4, AFN 2\)/,
    );
    expect(check[1][0]).toBe('orders row 3: repeat an earlier row exactly; counted once.');
    expect(check.flat().join('\n')).toContain('Not counted: claim denied.');
  });

  it('returns only numbers, strings, booleans and Dates: never NaN, undefined or objects', () => {
    const ctx = loadBundle();
    const orders = sampleOrders(ctx);
    for (const fn of CUSTOM_FUNCTIONS) {
      const result = call(ctx, fn.name, orders);
      const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
      for (const cell of cells) {
        const ok =
          (typeof cell === 'number' && Number.isFinite(cell)) ||
          typeof cell === 'string' ||
          typeof cell === 'boolean' ||
          Object.prototype.toString.call(cell) === '[object Date]';
        expect({ fn: fn.name, cell, ok }).toEqual({ fn: fn.name, cell, ok: true });
      }
      if (Array.isArray(result)) {
        const widths = new Set((result as unknown[][]).map((r) => r.length));
        expect(widths.size).toBe(1);
      }
    }
  });

  it('throws errors whose message a seller can act on', () => {
    const ctx = loadBundle();
    expect(() => call(ctx, 'ODR', [['sku', 'qty']])).toThrow(/no order-id column/);
    expect(() => call(ctx, 'ODR', sampleOrders(ctx), '', 'someday')).toThrow(/as_of: "someday"/);
  });

  it('reads dates on the spreadsheet’s calendar when a time zone is set', () => {
    // A Shanghai spreadsheet: its midnight 2024-01-14 arrives as 2024-01-13T16:00Z.
    const services = {
      SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => 'Asia/Shanghai' }) },
      Utilities: { formatDate: () => '+0800' },
    };
    const ctx = loadBundle(services);
    const orders = [
      ['order-id', 'purchase-date', 'Chargeback'],
      ['a', contextDate(ctx, '2024-01-13T16:00:00Z'), 'yes'],
    ];
    const [, row] = call<unknown[][]>(ctx, 'ODR_DEFECTS', orders);
    // Order date back as Shanghai midnight of the same calendar day, leaving 60 days later.
    expect((row[1] as Date).toISOString()).toBe('2024-01-13T16:00:00.000Z');
    expect((row[6] as Date).toISOString()).toBe('2024-03-13T16:00:00.000Z');
  });
});

describe('dist/appsscript.json', () => {
  it('asks for V8, exception logging and only the minimal scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});
