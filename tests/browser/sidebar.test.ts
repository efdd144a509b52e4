/**
 * The real sidebar (dist/sidebar.html) in Chromium, inside the local preview, with
 * google.script.run routed to the built bundle in the Apps Script emulator.
 */
import http from 'node:http';
import type { FrameLocator, Page } from 'playwright-core';
import type { Dashboard } from '../../src/core/wire/types';
import { startPreview, type PreviewServer } from '../helpers/emulator';
import { catalogLeaks } from '../helpers/pseudo';
import { englishWords } from '../helpers/english-prose';
import { describeWithBrowser, distIsStale, foreignRequests, launch, watchedPage } from './browser';

interface Selection {
  sheet: string;
  row: number;
  col: number;
  numRows: number;
}

interface SheetState {
  name: string;
  maxRows: number;
  lastRow: number;
  startRow: number;
  values: unknown[][];
  backgrounds: string[][];
}

interface PreviewState {
  selection: Selection | null;
  sheets: SheetState[];
  documentProperties: Record<string, string>;
}

const PAGE_ROWS = 1000;

describeWithBrowser('the sidebar in the local preview', (executable) => {
  let preview: PreviewServer;
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  let origin = '';
  let dialogs: string[] = [];
  let requests: string[] = [];

  function api<T>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    server: PreviewServer = preview,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        new URL(path, server.url),
        { method, headers: { 'content-type': 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as T);
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  }

  const state = (query = ''): Promise<PreviewState> => api('GET', `/api/state${query}`);

  async function rpcAt<T>(server: PreviewServer, name: string, ...args: unknown[]): Promise<T> {
    const answer = await api<{ ok: boolean; result: T }>('POST', '/rpc', { name, args }, server);
    if (!answer.ok) throw new Error(`${name} failed: ${JSON.stringify(answer)}`);
    return answer.result;
  }

  async function rpc<T>(name: string, ...args: unknown[]): Promise<T> {
    const answer = await api<{ ok: boolean; result: T }>('POST', '/rpc', { name, args });
    if (!answer.ok) throw new Error(`${name} failed: ${JSON.stringify(answer)}`);
    return answer.result;
  }

  async function waitFor(what: string, check: () => Promise<boolean>, ms = 15000): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  /** Every sheet's backgrounds, all rows, paged through /api/state. */
  async function allBackgrounds(): Promise<Record<string, string[][]>> {
    const first = await state(`?rows=${PAGE_ROWS}`);
    const out: Record<string, string[][]> = {};
    for (const sheet of first.sheets) {
      const rows: string[][] = [];
      for (let start = 1; start <= sheet.maxRows; start += PAGE_ROWS) {
        const page = await state(
          `?rows=${PAGE_ROWS}&sheet=${encodeURIComponent(sheet.name)}&start=${start}`,
        );
        const snap = page.sheets.find((s) => s.name === sheet.name);
        if (!snap || snap.startRow !== start) throw new Error(`no rows from ${start}`);
        rows.push(...snap.backgrounds);
      }
      out[sheet.name] = rows.slice(0, sheet.maxRows);
    }
    return out;
  }

  /** Opens the add-on menu's "Open ODR dashboard" and waits for the dashboard to draw. */
  async function openSidebar(server: PreviewServer = preview): Promise<FrameLocator> {
    await page.goto(server.url);
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-showSidebar').click();
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');
    await frame.getByTestId('channel-card').first().waitFor({ timeout: 20000 });
    return frame;
  }

  beforeAll(async () => {
    preview = await startPreview({ port: 0, quiet: true, build: distIsStale() });
    origin = new URL(preview.url).origin;
    browser = await launch(executable);
    ({ page, dialogs, requests } = await watchedPage(browser));
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  beforeEach(async () => {
    await api('POST', '/api/reset');
    dialogs.length = 0;
    requests.length = 0;
  });

  test("shows the sample's ODR per channel", async () => {
    const frame = await openSidebar();
    const dashboard = await rpc<Dashboard>('getDashboard');
    const scopes = dashboard.channels.map((c) => c.scope);
    expect(scopes).toEqual(expect.arrayContaining(['MFN', 'AFN']));
    expect(await frame.getByTestId('channel-card').count()).toBe(dashboard.channels.length);
    for (const ch of dashboard.channels) {
      const card = frame.locator(`[data-testid="channel-card"][data-scope="${ch.scope}"]`);
      expect(ch.rate).not.toBeNull();
      const rate = ch.rate ?? 0;
      expect(await card.getByTestId('channel-rate').textContent()).toBe(
        `${(rate * 100).toFixed(2)}%`,
      );
      const orders = Number(
        (await card.getByTestId('channel-orders').textContent())?.replace(/,/g, ''),
      );
      const defective = Number(await card.getByTestId('channel-defective').textContent());
      expect(orders).toBe(ch.orders);
      expect(defective).toBe(ch.defective);
      // What the card shows agrees with itself: rate = orders with defects ÷ orders.
      expect(Math.abs(defective / orders - rate)).toBeLessThan(1e-12);
      expect(await card.getAttribute('data-level')).toBe(
        rate >= 0.01 ? 'bad' : rate >= 0.0075 ? 'warn' : 'good',
      );
    }
    const window = dashboard.window;
    expect(window).not.toBeNull();
    expect(await frame.getByTestId('window').textContent()).toMatch(/^Window: .+ – .+$/);
    expect(await frame.getByTestId('defect-count').textContent()).toBe(
      String(dashboard.defects.length),
    );
  });

  test('the type filter narrows the list', async () => {
    const frame = await openSidebar();
    const dashboard = await rpc<Dashboard>('getDashboard');
    const atoz = dashboard.defects.filter((d) => d.types.includes('atoz'));
    expect(atoz.length).toBeGreaterThan(0);
    expect(atoz.length).toBeLessThan(dashboard.defects.length);
    await frame.getByTestId('filter-atoz').click();
    await waitFor(
      'the list to narrow',
      async () => (await frame.getByTestId('defect-item').count()) === atoz.length,
    );
    const shown = await frame
      .getByTestId('defect-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-order-id')));
    expect(shown).toEqual(atoz.map((d) => d.orderId));
    expect(await frame.getByTestId('filter-atoz').getAttribute('aria-pressed')).toBe('true');
    await frame.getByTestId('filter-all').click();
    await waitFor(
      'the full list',
      async () => (await frame.getByTestId('defect-item').count()) === dashboard.defects.length,
    );
  });

  test('a server error is shown readably, and Try again recovers', async () => {
    let failing = true;
    // Only the first getDashboard fails, as a passing outage would.
    await page.route('**/rpc', async (route) => {
      const body = route.request().postDataJSON() as { name?: string };
      if (failing && body.name === 'getDashboard') {
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            ok: false,
            error: { name: 'Error', message: 'Exception: Service Spreadsheets timed out' },
          }),
        });
        return;
      }
      await route.continue();
    });
    try {
      await page.goto(preview.url);
      await page.getByTestId('menu-extensions').click();
      await page.getByTestId('menu-item-showSidebar').click();
      const frame = page.frameLocator('[data-testid="sidebar-frame"]');
      await frame.getByTestId('error').waitFor();
      expect(await frame.getByTestId('error-message').textContent()).toBe(
        'Service Spreadsheets timed out',
      );
      expect(await frame.getByTestId('channel-card').count()).toBe(0);
      failing = false;
      await frame.getByTestId('retry').click();
      await frame.getByTestId('channel-card').first().waitFor();
      expect(await frame.getByTestId('error').count()).toBe(0);
    } finally {
      await page.unroute('**/rpc');
    }
  });

  test('with no orders sheet the sidebar shows what to do and hides the rest', async () => {
    // A workbook holding one empty sheet.
    const spreadsheet = preview.emulator().spreadsheet;
    const empty = spreadsheet.insertSheet('Empty');
    for (const sheet of spreadsheet.getSheets()) {
      if (sheet.getName() !== empty.getName()) spreadsheet.deleteSheet(sheet);
    }
    await page.goto(preview.url);
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-showSidebar').click();
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');
    await frame.getByTestId('problem').waitFor();
    expect(await frame.getByTestId('problem').textContent()).toMatch(/No orders sheet found/);
    expect(await frame.getByTestId('channel-card').count()).toBe(0);
    expect(await frame.getByTestId('defects-section').count()).toBe(0);
    expect(await frame.getByTestId('checklist').count()).toBe(0);
    expect(await frame.getByTestId('sources').count()).toBe(1);
  });

  test('the as-of date and the sheet choice reach the server', async () => {
    const frame = await openSidebar();
    const first = await rpc<Dashboard>('getDashboard');
    const asOf = first.asOf ?? '';
    const earlier = new Date(Date.parse(`${asOf}T00:00:00Z`) - 20 * 86400000)
      .toISOString()
      .slice(0, 10);
    const windowText = await frame.getByTestId('window').textContent();
    await frame.getByTestId('as-of').fill(earlier);
    await frame.getByTestId('as-of-latest').waitFor();
    expect(await frame.getByTestId('window').textContent()).not.toBe(windowText);
    expect((await rpc<Dashboard>('getDashboard')).asOf).toBe(earlier);

    await frame.getByTestId('as-of-latest').click();
    await waitFor(
      'the window to end on the latest order again',
      async () => (await frame.getByTestId('window').textContent()) === windowText,
    );
    expect(await frame.getByTestId('as-of-latest').count()).toBe(0);

    const ordersSheet = first.sources.ordersSheet ?? '';
    await frame.getByTestId('sources').locator('summary').click();
    await frame.getByTestId('source-orders').selectOption(ordersSheet);
    await waitFor(
      'the choice to be saved',
      async () => (await rpc<Dashboard>('getDashboard')).sources.chosen,
    );
    await waitFor(
      'the sidebar to redraw',
      async () => (await frame.getByTestId('source-orders').inputValue()) === ordersSheet,
    );
  });

  test('clicking a defect selects its row in its sheet', async () => {
    const frame = await openSidebar();
    const item = frame.getByTestId('defect-item').nth(1);
    const sheet = (await item.getAttribute('data-sheet')) ?? '';
    const row = Number(await item.getAttribute('data-row'));
    const orderId = await item.getAttribute('data-order-id');
    expect(row).toBeGreaterThan(1);
    await item.click();
    await waitFor('the selection to move', async () => {
      const s = await state();
      return s.selection?.sheet === sheet && s.selection.row === row;
    });
    const s = await state(`?sheet=${encodeURIComponent(sheet)}&start=${row}&rows=1`);
    expect(s.selection).toMatchObject({ sheet, row, col: 1, numRows: 1 });
    expect(s.sheets.find((x) => x.name === sheet)?.values[0][0]).toBe(orderId);
    expect(await item.getAttribute('aria-current')).toBe('true');
  });

  test('highlight then clear leaves every background as it was', async () => {
    // Colours the seller had set, one on a defect order's row: clear must bring them back.
    const dashboard = await rpc<Dashboard>('getDashboard');
    const target = dashboard.defects[0];
    const sheet = preview.emulator().spreadsheet.getSheetByName(target.sheet);
    if (!sheet) throw new Error(`no sheet ${target.sheet}`);
    sheet.getRange(target.row, 2).setBackground('#fff2cc');
    sheet.getRange(3, 1, 1, 3).setBackground('#d9ead3');

    const frame = await openSidebar();
    const before = await allBackgrounds();
    const message = frame.getByTestId('highlight-message');
    const settled = async () =>
      (await frame.getByTestId('highlight').isEnabled()) &&
      !['', 'Working…'].includes((await message.textContent()) ?? '');

    await frame.getByTestId('highlight').click();
    await waitFor('the highlight to finish', settled);
    expect(await message.textContent()).toMatch(/highlighted/);
    const during = await allBackgrounds();
    expect(during).not.toEqual(before);
    expect(during[target.sheet][target.row - 1][0]).not.toBe(
      before[target.sheet][target.row - 1][0],
    );
    expect(await frame.getByTestId('highlight').getAttribute('aria-pressed')).toBe('true');

    await frame.getByTestId('clear-highlights').click();
    await waitFor('the clear to finish', async () =>
      /restored/.test((await message.textContent()) ?? ''),
    );
    expect(await allBackgrounds()).toEqual(before);
    expect(before[target.sheet][target.row - 1][1]).toBe('#fff2cc');
  });

  test('checklist state survives a reload', async () => {
    let frame = await openSidebar();
    await frame.getByTestId('check-notice-readNotice').check();
    await frame.getByTestId('check-notice-noteDeadline').check();
    const note = 'Notice read 2 Dec: ODR above 1 %. 已阅读通知。';
    await frame.getByTestId('note-notice').fill(note);
    await frame.getByTestId('note-notice').blur();
    await waitFor(
      'the checklist to be saved',
      async () => (await frame.getByTestId('checklist-status').textContent()) === 'Saved',
    );
    const stored = Object.values((await state()).documentProperties);
    expect(stored.some((v) => v.includes('已阅读通知'))).toBe(true);

    await page.reload();
    frame = await openSidebar();
    expect(await frame.getByTestId('check-notice-readNotice').isChecked()).toBe(true);
    expect(await frame.getByTestId('check-notice-whichMetric').isChecked()).toBe(false);
    expect(await frame.getByTestId('check-notice-noteDeadline').isChecked()).toBe(true);
    expect(await frame.getByTestId('note-notice').inputValue()).toBe(note);
    expect(await frame.getByTestId('checklist-progress').textContent()).toMatch(/^2 of \d+ done$/);
  });

  test('Write action plan in checklist step 3 writes the plan sheet and says so', async () => {
    const frame = await openSidebar();
    const before = (await state()).sheets.map((x) => x.name);
    await frame.getByTestId('step-plan').locator('summary').click();
    await frame.getByTestId('write-plan').click();
    const message = frame.getByTestId('plan-message');
    await waitFor(
      'the plan to be written',
      async () => ((await message.textContent()) ?? '') !== '',
    );
    expect(await message.getAttribute('class')).not.toMatch(/error-text/);
    const after = (await state()).sheets.map((x) => x.name);
    const added = after.filter((n) => !before.includes(n));
    expect(added).toHaveLength(1);
    expect(await message.textContent()).toContain(added[0]);
  });

  test("a buyer's comment holding HTML is shown as text and runs nothing", async () => {
    const payload = `<img src=x onerror="alert('img')"> <script>alert('script')</script>`;
    // A new 1-star feedback, typed into the Defects sheet, for an order with no defect yet.
    const dashboard = await rpc<Dashboard>('getDashboard');
    const defective = new Set(dashboard.defects.map((d) => d.orderId));
    const spreadsheet = preview.emulator().spreadsheet;
    const orders = spreadsheet.getSheetByName(dashboard.sources.ordersSheet ?? 'Orders');
    const defects = spreadsheet.getSheetByName(dashboard.sources.defectsSheet ?? 'Defects');
    if (!orders || !defects) throw new Error('sample sheets missing');
    const ids = orders
      .getRange(2, 1, orders.getLastRow() - 1, 1)
      .getValues()
      .map((r) => String(r[0]));
    const orderId = ids.reverse().find((id) => id !== '' && !defective.has(id));
    if (!orderId) throw new Error('no defect-free order in the sample');
    const header = defects.getRange(1, 1, 1, defects.getLastColumn()).getValues()[0].map(String);
    const row = header.map((h) =>
      h === 'Order ID'
        ? orderId
        : h === 'Type'
          ? 'Negative feedback'
          : h === 'Rating'
            ? 1
            : h === 'Comment'
              ? payload
              : h === 'Defect date'
                ? new Date()
                : '',
    );
    defects.appendRow(row);

    const frame = await openSidebar();
    const item = frame.locator(`[data-testid="defect-item"][data-order-id="${orderId}"]`);
    await item.waitFor();
    expect(await item.getByTestId('defect-comment').textContent()).toBe(payload);
    expect(await item.getByTestId('defect-comment').isVisible()).toBe(true);
    await item.click();
    // Give an onerror handler or an injected script every chance to run.
    await page.waitForTimeout(1000);

    expect(await frame.locator('#app img, #app script, #app iframe').count()).toBe(0);
    expect(dialogs).toEqual([]);
    const foreign = foreignRequests(requests, origin);
    expect(foreign).toEqual([]);
    // `src=x` parsed as HTML would have fetched a relative "x" from the preview itself.
    expect(requests.filter((u) => /\/x(\?|$)/.test(u))).toEqual([]);
  });
  describe('in the pseudo-locale and in Chinese', () => {
    const servers: Partial<Record<'pseudo' | 'zh', PreviewServer>> = {};

    beforeAll(async () => {
      // dist/ is fresh: the suite's own preview has just built it if needed.
      servers.pseudo = await startPreview({
        port: 0,
        quiet: true,
        build: false,
        locale: 'x-pseudo',
      });
      servers.zh = await startPreview({ port: 0, quiet: true, build: false, locale: 'zh_CN' });
    }, 60000);

    afterAll(async () => {
      await servers.pseudo?.close();
      await servers.zh?.close();
    });

    /**
     * Every text node of the drawn sidebar (closed fold-outs and steps included), its titles,
     * labels and placeholders, and the page title — after a highlight, so its message is there
     * too — with the seller's data the page shows as it is.
     */
    async function pageTexts(server: PreviewServer): Promise<{ texts: string[]; data: string[] }> {
      const frame = await openSidebar(server);
      await frame.getByTestId('highlight').click();
      await waitFor('the highlight message', async () => {
        const text = (await frame.getByTestId('highlight-message').textContent()) ?? '';
        return (await frame.getByTestId('highlight').isEnabled()) && /\d/.test(text);
      });
      const texts = await frame.locator('body').evaluate((body) => {
        const out: string[] = [body.ownerDocument.title];
        const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = (node.textContent ?? '').trim();
          if (text !== '' && !node.parentElement?.closest('script, style')) out.push(text);
        }
        for (const el of Array.from(
          body.querySelectorAll('[title], [aria-label], [placeholder]'),
        )) {
          for (const name of ['title', 'aria-label', 'placeholder']) {
            const value = el.getAttribute(name);
            if (value) out.push(value);
          }
        }
        return out;
      });
      const d = await rpcAt<Dashboard>(server, 'getDashboard');
      const data = [
        ...d.defects.flatMap((item) => [item.orderId, item.comment, item.reason, item.sheet]),
        ...d.sources.sheets.map((sheet) => sheet.name),
      ].filter((v) => v !== '');
      return { texts, data };
    }

    test('the pseudo-locale sidebar shows only catalog text and data', async () => {
      const { texts, data } = await pageTexts(servers.pseudo as PreviewServer);
      // The page was drawn in the pseudo-locale (not, say, the browser's English).
      expect(texts.filter((t) => t.includes('⟦')).length).toBeGreaterThan(50);
      const leaks = texts
        .map((text) => ({ text, words: catalogLeaks(text, data) }))
        .filter((x) => x.words.length > 0);
      expect(leaks).toEqual([]);
    });

    test('the Chinese sidebar holds no English prose', async () => {
      const { texts, data } = await pageTexts(servers.zh as PreviewServer);
      expect(texts.filter((t) => /\p{Script=Han}/u.test(t)).length).toBeGreaterThan(50);
      const english = texts
        .map((text) => ({ text, words: englishWords(text, data) }))
        .filter((x) => x.words.length > 0);
      expect(english).toEqual([]);
    });
  });
});
