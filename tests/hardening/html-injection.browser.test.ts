/**
 * The HTML/JS injection corpus (tests/helpers/payloads.ts) as buyer comments and claim reasons,
 * rendered by the real sidebar in Chromium inside the local preview: every payload is shown as
 * text, nothing runs (no dialog), nothing loads from another host, and no element of a payload
 * reaches the DOM.
 */
import type { Page } from 'playwright-core';
import type { Dashboard } from '../../src/core/wire/types';
import {
  describeWithBrowser,
  distIsStale,
  foreignRequests,
  launch,
  watchedPage,
} from '../browser/browser';
import { startPreview, type PreviewServer } from '../helpers/emulator';
import { HTML_PAYLOADS } from '../helpers/payloads';

/** Elements a payload would add if it were parsed as HTML. */
const PAYLOAD_ELEMENTS =
  'img, script, svg, iframe, object, embed, video, audio, source, input, details, math, style, link, meta, body body, a[href^="javascript"]';

describeWithBrowser('HTML/JS payloads in buyer text, in the sidebar', (executable) => {
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

  test(`${HTML_PAYLOADS.length} payloads are shown as text and run nothing`, async () => {
    const emulator = preview.emulator();
    const spreadsheet = emulator.spreadsheet;
    const orders = spreadsheet.getSheetByName('Orders');
    const defects = spreadsheet.getSheetByName('Defects');
    if (!orders || !defects) throw new Error('sample sheets missing');
    // Seed: one new 1-star feedback per payload, on orders that have no defect yet.
    const ctx = emulator.context;
    if (!ctx) throw new Error('no bundle loaded in the preview');
    const before = (ctx.getDashboard as () => Dashboard)();
    const defective = new Set(before.defects.map((d) => d.orderId));
    const ids = orders
      .getRange(2, 1, orders.getLastRow() - 1, 1)
      .getValues()
      .map((r) => String(r[0]))
      .filter((id) => id !== '' && !defective.has(id));
    const free = [...new Set(ids)].reverse();
    expect(free.length).toBeGreaterThanOrEqual(HTML_PAYLOADS.length);
    const header = defects.getRange(1, 1, 1, defects.getLastColumn()).getValues()[0].map(String);
    const seeded = new Map<string, string>();
    HTML_PAYLOADS.forEach((payload, i) => {
      const id = free[i];
      seeded.set(id, payload);
      defects.appendRow(
        header.map((h) =>
          /order/i.test(h)
            ? id
            : /^type$/i.test(h)
              ? 'Negative feedback'
              : /rating/i.test(h)
                ? 1
                : /comment/i.test(h)
                  ? // Typed input drops a leading apostrophe, as Sheets does: type it twice.
                    payload.startsWith("'")
                    ? `'${payload}`
                    : payload
                  : /reason/i.test(h)
                    ? `Reason: ${payload}`
                    : /date/i.test(h)
                      ? new Date()
                      : '',
        ),
      );
    });

    await page.goto(preview.url);
    const origin = new URL(preview.url).origin;
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-showSidebar').click();
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');
    await frame.getByTestId('channel-card').first().waitFor({ timeout: 20000 });
    await frame.locator('[data-testid="defect-item"]').first().waitFor();

    const shown = await frame.locator('[data-testid="defect-item"]').evaluateAll((items) =>
      items.map((el) => ({
        id: el.getAttribute('data-order-id') ?? '',
        comment: el.querySelector('[data-testid="defect-comment"]')?.textContent ?? null,
        text: el.textContent ?? '',
      })),
    );
    const problems: string[] = [];
    for (const [id, payload] of seeded) {
      const item = shown.find((s) => s.id === id);
      if (!item) {
        problems.push(`${id}: not listed`);
        continue;
      }
      const flat = payload.replace(/\s+/g, ' ').trim();
      if (item.comment !== flat) problems.push(`${id}: comment shows ${String(item.comment)}`);
      if (!item.text.includes(`Reason: ${flat}`.slice(0, 60)))
        problems.push(`${id}: reason not shown as text`);
    }
    expect(problems).toEqual([]);

    // Click each seeded item (selecting rows) and give handlers every chance to run.
    for (const id of [...seeded.keys()].slice(0, 5)) {
      await frame.locator(`[data-testid="defect-item"][data-order-id="${id}"]`).click();
    }
    await page.waitForTimeout(1000);

    const injected = await frame
      .locator('[data-testid="defect-item"]')
      .evaluateAll(
        (items, selector) => items.reduce((n, el) => n + el.querySelectorAll(selector).length, 0),
        PAYLOAD_ELEMENTS,
      );
    expect(injected).toBe(0);
    expect(dialogs).toEqual([]);
    const foreign = foreignRequests(requests, origin);
    expect(foreign).toEqual([]);
    // `src=x` parsed as HTML would have fetched a relative "x" from the preview itself.
    expect(requests.filter((u) => /\/x(\?|$)|evil\.example/.test(u))).toEqual([]);
    console.log(
      `HTML payloads rendered in the sidebar: ${seeded.size} (comments and reasons), dialogs ${dialogs.length}, foreign requests ${foreign.length}`,
    );
  }, 120000);
});
