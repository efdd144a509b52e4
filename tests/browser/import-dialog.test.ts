/**
 * The real import dialog (dist/import-dialog.html) in Chromium, opened from the add-on menu of
 * the local preview, with google.script.run routed to the built bundle in the emulator.
 */
import http from 'node:http';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { startPreview, type PreviewServer } from '../helpers/emulator';
import { describeWithBrowser, distIsStale, launch, ROOT } from './browser';

interface SheetState {
  name: string;
  lastRow: number;
  values: unknown[][];
}

interface PreviewState {
  sheets: SheetState[];
}

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'reports');

describeWithBrowser('the import dialog in the local preview', (executable) => {
  let preview: PreviewServer;
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;

  function api<T>(method: 'GET' | 'POST', path: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const req = http.request(new URL(path, preview.url), { method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as T);
          } catch (error) {
            reject(error);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
  }

  /** A sheet's last `rows` rows (the preview's sample fills more than one page). */
  async function sheet(name: string, rows = 100): Promise<SheetState> {
    const first = await api<PreviewState>('GET', '/api/state?rows=1');
    const lastRow = first.sheets.find((s) => s.name === name)?.lastRow;
    if (lastRow === undefined) throw new Error(`no sheet ${name}`);
    const start = Math.max(1, lastRow - rows + 1);
    const state = await api<PreviewState>(
      'GET',
      `/api/state?rows=${rows}&sheet=${encodeURIComponent(name)}&start=${start}`,
    );
    const found = state.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** Opens Extensions → ODR Guard → Import Amazon reports… and waits for the dialog to draw. */
  async function openDialog(): Promise<FrameLocator> {
    await page.goto(preview.url);
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-showImportDialog').click();
    const frame = page.frameLocator('[data-testid="dialog-frame"]');
    await frame.getByTestId('import-run').waitFor({ timeout: 20000 });
    return frame;
  }

  beforeAll(async () => {
    preview = await startPreview({ port: 0, quiet: true, build: distIsStale() });
    browser = await launch(executable);
    page = await browser.context.newPage();
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  beforeEach(async () => {
    await api('POST', '/api/reset');
  });

  test('imports two picked files and shows the summary', async () => {
    const frame = await openDialog();
    expect(await page.getByTestId('dialog-title').textContent()).toBe('Import Amazon reports');
    // UTF-16 (sent as bytes) and UTF-8 (sent as text): both paths of the browser's reader.
    await frame
      .getByTestId('import-file-input')
      .setInputFiles([join(FIXTURES, 'all-orders-utf16le.txt'), join(FIXTURES, 'claims.txt')]);
    await expect(frame.getByTestId('import-file').count()).resolves.toBe(2);
    await frame.getByTestId('import-run').click();
    const results = frame.getByTestId('import-file-result');
    await results.nth(1).waitFor({ timeout: 20000 });

    expect(await results.count()).toBe(2);
    expect(await results.nth(0).getAttribute('data-type')).toBe('allOrders');
    expect(await results.nth(1).getAttribute('data-type')).toBe('claimsList');
    expect(await results.nth(0).getAttribute('data-ok')).toBe('true');
    const orders = (await results.nth(0).textContent()) ?? '';
    expect(orders).toContain('all-orders-utf16le.txt');
    expect(orders).toMatch(/6 row\(s\) read · 5 added · 0 updated · 0 unchanged · 1 skipped/);
    expect(orders).toContain('Line 7: no order id');
    expect(await results.nth(1).textContent()).toMatch(/Written to sheet Defects/);
    expect(await frame.getByTestId('import-headline').textContent()).toBe(
      'Imported: Orders, Defects.',
    );
    await frame.getByTestId('import-dashboard-hint').waitFor();

    const ordersSheet = await sheet('Orders', 10);
    const ids = ordersSheet.values.map((row) => row[0]);
    for (const id of ['111-0000001-0000001', '111-0000003-0000003', '111-0000004-0000004']) {
      expect(ids).toContain(id);
    }
    const defects = await sheet('Defects');
    const claim = defects.values.find(
      (row) => row[0] === '111-0000003-0000003' && row[1] === 'A-to-z claim',
    );
    expect(claim?.[2]).toBe('Under review');
  });

  test('a pasted list imports, a broken file is reported, Close closes', async () => {
    const frame = await openDialog();
    const before = (await sheet('Defects')).lastRow;
    await frame.getByTestId('import-file-input').setInputFiles([join(FIXTURES, 'broken.csv')]);
    await frame
      .getByTestId('import-paste')
      .fill(
        'Order ID\tStatus\tDate\tReason\tAmount\n' +
          '114-1234567-7654321\tOpen\t2/10/2024\t<img src=x onerror=alert(1)>\t12.00\n',
      );
    // Generic headers: the seller says which list it is.
    await frame.getByTestId('import-paste-kind').selectOption('chargebacks');
    await frame.getByTestId('import-run').click();
    const results = frame.getByTestId('import-file-result');
    await results.nth(1).waitFor({ timeout: 20000 });
    expect(await results.nth(0).getAttribute('data-ok')).toBe('false');
    expect(await results.nth(0).textContent()).toMatch(/Not imported/);
    expect(await results.nth(1).getAttribute('data-ok')).toBe('true');
    expect(await results.nth(1).textContent()).toMatch(/^Pasted chargebacks/);
    expect(await results.nth(1).getAttribute('data-type')).toBe('chargebacksList');
    // Buyer text is shown as text, never parsed as HTML.
    expect(await frame.locator('img').count()).toBe(0);

    const defects = await sheet('Defects');
    expect(defects.lastRow).toBe(before + 1);
    expect(defects.values.some((row) => row[0] === '114-1234567-7654321')).toBe(true);

    await frame.getByTestId('import-close').click();
    await page.getByTestId('dialog-overlay').waitFor({ state: 'hidden' });
  });
});
