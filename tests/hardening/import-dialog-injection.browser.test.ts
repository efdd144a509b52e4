/**
 * The HTML/JS injection corpus through the import dialog in Chromium: as file names, as
 * unreadable cells whose text the summary quotes back, and as buyer comments. Every payload is
 * shown as text, nothing runs, nothing loads from another host, and no element of a payload
 * reaches the dialog's DOM.
 */
import type { Page } from 'playwright-core';
import { describeWithBrowser, distIsStale, launch, watchedPage } from '../browser/browser';
import { startPreview, type PreviewServer } from '../helpers/emulator';
import { HTML_PAYLOADS } from '../helpers/payloads';

/** Elements a payload would add if it were parsed as HTML (counted before and after). */
const PAYLOAD_ELEMENTS =
  'img, svg, iframe, object, embed, video, audio, source, details, math, link[href*="evil"], meta[http-equiv], a[href^="javascript"]';

/** A Feedback report whose ratings are the payloads (unreadable: quoted back in the summary). */
function feedbackReport(payloads: readonly string[]): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const rows = payloads.map(
    (p, i) =>
      `1/${(i % 28) + 1}/24,${quote(`5 ${p}`)},${quote(p)},,111-0000000-${String(i).padStart(7, '0')},`,
  );
  return ['Date,Rating,Comments,Response,Order ID,Rater Email', ...rows].join('\r\n');
}

describeWithBrowser('HTML/JS payloads in the import dialog', (executable) => {
  let preview: PreviewServer;
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  let dialogs: string[] = [];
  let requests: string[] = [];

  beforeAll(async () => {
    preview = await startPreview({ port: 0, quiet: true, build: distIsStale() });
    browser = await launch(executable);
    ({ page, dialogs, requests } = await watchedPage(browser));
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  test(`${HTML_PAYLOADS.length} payloads as file names and quoted cells are shown as text`, async () => {
    await page.goto(preview.url);
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-showImportDialog').click();
    const frame = page.frameLocator('[data-testid="dialog-frame"]');
    await frame.getByTestId('import-run').waitFor({ timeout: 20000 });
    const ownElements = await frame.locator(PAYLOAD_ELEMENTS).count();
    // Unreadable files named after payloads, plus one report whose cells are the payloads.
    const files = HTML_PAYLOADS.slice(0, 5).map((p, i) => ({
      name: `${p.replace(/[/\\]/g, '_')}-${i}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(`nothing,we know\n${p},x\n`),
    }));
    files.push({
      name: 'feedback.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(feedbackReport(HTML_PAYLOADS)),
    });
    await frame.getByTestId('import-file-input').setInputFiles(files);
    await frame.getByTestId('import-run').click();
    const results = frame.getByTestId('import-file-result');
    await results.nth(files.length - 1).waitFor({ timeout: 30000 });

    const text = (await frame.locator('body').textContent()) ?? '';
    // File names come back literally, and so do the unreadable ratings quoted in skip reasons.
    for (const f of files.slice(0, 5)) expect(text).toContain(f.name);
    const quoted = HTML_PAYLOADS.filter((p) => text.includes(`5 ${p}`.slice(0, 40)));
    expect(quoted.length).toBeGreaterThan(0);
    expect(await frame.locator(PAYLOAD_ELEMENTS).count()).toBe(ownElements);
    expect(dialogs).toEqual([]);
    const origin = new URL(preview.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual(
      [],
    );
    console.log(
      `import dialog: ${HTML_PAYLOADS.length} HTML payloads as cells, 5 as file names: shown as text, 0 dialogs, 0 foreign requests`,
    );
  });
});
