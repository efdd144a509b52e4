/**
 * "Check this spreadsheet" and the language switch in Chromium, in the local preview: the menu
 * item opens the report dialog, the report reads as text in a box, Close closes; the page's
 * language switch gives the Chinese menu.
 */
import type { Page } from 'playwright-core';
import { startPreview, type PreviewServer } from '../helpers/emulator';
import { describeWithBrowser, distIsStale, launch } from './browser';

describeWithBrowser('Check this spreadsheet in the local preview', (executable) => {
  let preview: PreviewServer;
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;

  beforeAll(async () => {
    preview = await startPreview({ port: 0, quiet: true, build: distIsStale() });
    browser = await launch(executable);
    page = await browser.context.newPage();
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  test('opens a copyable report from the menu and closes it', async () => {
    await page.goto(preview.url);
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-checkSpreadsheet').click();
    const frame = page.frameLocator('[data-testid="dialog-frame"]');
    const report = frame.getByTestId('self-check-report');
    await report.waitFor({ timeout: 20000 });
    expect(await page.getByTestId('dialog-title').textContent()).toBe(
      'ODR Guard: spreadsheet check',
    );
    const text = await report.inputValue();
    expect(text).toContain('All 4 checks passed.');
    expect(text).toContain('[OK] Plain-text cells keep text as typed: "=1+1"');
    expect(await frame.locator('[data-testid="self-check"]').getAttribute('data-failed')).toBe(
      'false',
    );
    // The temporary sheet is gone from the tabs.
    expect(await page.locator('[data-testid^="sheet-tab-ODR Guard check"]').count()).toBe(0);
    await frame.getByTestId('self-check-close').click();
    await page.getByTestId('dialog-overlay').waitFor({ state: 'hidden' });
  });

  test('switches the page to Chinese', async () => {
    await page.goto(preview.url);
    const version = Number(await page.locator('body').getAttribute('data-version'));
    await page.getByTestId('locale-switch').selectOption('zh-CN');
    await page.waitForFunction(
      (v) =>
        Number(document.body.getAttribute('data-version')) > v + 0 &&
        document.body.getAttribute('data-busy') === 'false',
      version,
    );
    await page.getByTestId('menu-extensions').click();
    await expect(page.getByTestId('menu-item-checkSpreadsheet').textContent()).resolves.toBe(
      '检查此电子表格',
    );
    expect(await page.getByTestId('locale-switch').inputValue()).toBe('zh-CN');
    await page.getByTestId('locale-switch').selectOption('en');
  });
});
