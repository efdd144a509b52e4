/**
 * Amazon's own figures per marketplace (issue 12): stored compactly over as many document
 * properties as needed, so a 45-marketplace report never fails for its size, and read back
 * naming each marketplace. The store runs against the emulator's PropertiesService.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAccountHealth } from '../../src/core/import/health';
import {
  AMAZON_FIGURES_PART_BYTES,
  amazonFiguresFromReport,
  amazonFiguresSize,
  describeAmazonFigures,
  loadAmazonFigures,
  saveAmazonFigures,
} from '../../src/addon/shared/amazon-figures';
import { createEmulator } from '../helpers/emulator';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reports');
const report = (name: string) => parseAccountHealth(readFileSync(join(FIXTURES, name), 'utf8'));

let props: GoogleAppsScript.Properties.Properties;
beforeEach(() => {
  const emulator = createEmulator();
  (globalThis as Record<string, unknown>).PropertiesService = emulator.globals.PropertiesService;
  props = (
    emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
  ).getDocumentProperties();
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).PropertiesService;
});

const stored = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(props.getProperties()).filter(([k]) => k.startsWith('odrguard.amazonFigures')),
  );

describe('Amazon figures per marketplace', () => {
  it('names each marketplace of a 45-marketplace report and keeps all 90 figures', () => {
    const figures = amazonFiguresFromReport(report('account-health-multi.json'));
    expect(figures).toHaveLength(90);
    expect(figures[0]).toMatchObject({
      scope: 'MFN',
      marketplaceId: 'ATVPDKIKX0DER',
      marketplace: 'Amazon.com',
      orders: 400,
      defective: 6,
      rate: 0.015,
      from: '2024-01-01',
      to: '2024-02-29',
    });
    expect(figures[2]).toMatchObject({ marketplace: 'Amazon.ca', orders: 250, defective: 3 });
    expect(figures.find((f) => f.marketplaceId === 'AXTEST00000000')?.marketplace).toBeNull();
    // One JSON object per figure would not fit one property value (about 8 KB in practice).
    expect(JSON.stringify(figures).length).toBeGreaterThan(8_000);
  });

  it('stores them in properties that each stay under the limit, and reads them back', () => {
    const figures = amazonFiguresFromReport(report('account-health-multi.json'));
    const size = amazonFiguresSize(figures);
    saveAmazonFigures(figures);
    const values = stored();
    for (const value of Object.values(values)) {
      expect(value.length).toBeLessThanOrEqual(AMAZON_FIGURES_PART_BYTES);
    }
    const bytes = Object.entries(values).reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(size).toEqual({ bytes, properties: Object.keys(values).length, fits: true });
    // Rates are kept to 8 significant digits.
    const rounded = figures.map((f) => ({
      ...f,
      rate: f.rate === null ? null : Number(f.rate.toPrecision(8)),
    }));
    expect(loadAmazonFigures()).toEqual(rounded);
  });

  it('splits a very large set over several properties and removes stale parts later', () => {
    const one = amazonFiguresFromReport(report('account-health-multi.json'));
    const many = Array.from({ length: 6 }, () => one).flat();
    saveAmazonFigures(many);
    expect(Object.keys(stored()).length).toBeGreaterThan(2);
    expect(loadAmazonFigures()).toHaveLength(many.length);
    saveAmazonFigures(one.slice(0, 2));
    expect(Object.keys(stored()).sort()).toEqual([
      'odrguard.amazonFigures',
      'odrguard.amazonFigures.0',
    ]);
    expect(loadAmazonFigures().map((f) => f.marketplace)).toEqual(['Amazon.com', 'Amazon.com']);
  });

  it('keeps a rates-only report’s rates', () => {
    const figures = amazonFiguresFromReport(report('account-health-rates-only.json'));
    expect(figures).toEqual([
      expect.objectContaining({ scope: 'MFN', orders: null, defective: null, rate: 0.0125 }),
      expect.objectContaining({ scope: 'AFN', orders: null, defective: null, rate: 0.002 }),
    ]);
    saveAmazonFigures(figures);
    expect(loadAmazonFigures()).toEqual(figures);
  });

  it('still reads figures saved by earlier versions, and nothing from a broken store', () => {
    props.setProperty(
      'odrguard.amazonFigures',
      JSON.stringify([
        { scope: 'MFN', from: '2024-01-01', to: '2024-02-29', orders: 10, defective: 1, rate: 0.1 },
      ]),
    );
    expect(loadAmazonFigures()).toEqual([
      expect.objectContaining({ scope: 'MFN', orders: 10, marketplace: null }),
    ]);
    props.setProperty('odrguard.amazonFigures', JSON.stringify({ v: 2, parts: 2 }));
    props.setProperty('odrguard.amazonFigures.0', '{"v":2,');
    expect(loadAmazonFigures()).toEqual([]);
  });

  it('the summary names what was saved instead of a bare "saved"', () => {
    const figures = amazonFiguresFromReport(report('account-health-multi.json'));
    expect(describeAmazonFigures(figures.slice(0, 4), 'en')).toBe(
      'Amazon’s ODR figures read for 2 marketplace(s): Amazon.com MFN 1.50%, Amazon.com AFN 0.00%, Amazon.ca MFN 1.20%, Amazon.ca AFN 0.10%. The dashboard compares each with your orders of the same marketplace (sales channel).',
    );
    expect(describeAmazonFigures(figures, 'zh')).toContain('45个站点');
    expect(describeAmazonFigures([], 'en')).toBeNull();
  });
});
