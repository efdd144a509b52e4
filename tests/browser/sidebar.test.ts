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

  const DAY = 86_400_000;

  /** A 'YYYY-MM-DD' day moved by `days`. */
  function shiftDay(day: string, days: number): string {
    return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  }

  /**
   * Two negative feedbacks with personal information on MFN orders without a defect, typed into
   * the sample's Defects ledger: one two days old, one whose 90 days to ask are over.
   */
  async function addCandidates(
    server: PreviewServer = preview,
  ): Promise<{ recent: string; old: string }> {
    const d = await rpcAt<Dashboard>(server, 'getDashboard');
    const spreadsheet = server.emulator().spreadsheet;
    const orders = spreadsheet.getSheetByName(d.sources.ordersSheet ?? 'Orders');
    const defects = spreadsheet.getSheetByName(d.sources.defectsSheet ?? 'Defects');
    if (!orders || !defects) throw new Error('sample sheets missing');
    const defective = new Set(d.defects.map((x) => x.orderId));
    const free = [
      ...new Set(
        orders
          .getDataRange()
          .getValues()
          .filter((r) => r[2] === 'Merchant' && !defective.has(String(r[0])))
          .map((r) => String(r[0])),
      ),
    ];
    const [recent, old] = [free[free.length - 1], free[free.length - 2]];
    const header = defects.getRange(1, 1, 1, defects.getLastColumn()).getValues()[0].map(String);
    const today = Date.parse(`${d.today}T00:00:00Z`);
    const row = (orderId: string, comment: string, ageDays: number) =>
      header.map((h) =>
        h === 'Order ID'
          ? orderId
          : h === 'Type'
            ? 'Negative feedback'
            : h === 'Rating'
              ? 1
              : h === 'Comment'
                ? comment
                : h === 'Defect date'
                  ? new Date(today - ageDays * DAY)
                  : '',
      );
    defects.appendRow(row(recent, 'Call me on 555-123-4567 about this', 2));
    defects.appendRow(row(old, 'Worst seller, call 555-987-6543', 95));
    return { recent, old };
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

  test('clicking a defect selects all its rows in its sheet, a multi-item order’s too', async () => {
    const frame = await openSidebar();
    const dashboard = await rpc<Dashboard>('getDashboard');
    const single = dashboard.defects.find((d) => d.rows.length === 1);
    const multi = dashboard.defects.find((d) => d.rows.length > 1);
    if (!single || !multi)
      throw new Error('the sample lacks a single- or a multi-item defect order');
    for (const target of [multi, single]) {
      const item = frame.locator(`[data-testid="defect-item"][data-order-id="${target.orderId}"]`);
      const sheet = (await item.getAttribute('data-sheet')) ?? '';
      const row = Number(await item.getAttribute('data-row'));
      expect(row).toBeGreaterThan(1);
      await item.click();
      await waitFor('the selection to move', async () => {
        const s = await state();
        return s.selection?.sheet === sheet && s.selection.row === row;
      });
      const s = await state(
        `?sheet=${encodeURIComponent(sheet)}&start=${row}&rows=${target.rows.length}`,
      );
      expect(s.selection).toMatchObject({ sheet, row, col: 1, numRows: target.rows.length });
      // Every selected row is one of the order's item rows.
      const ids = s.sheets.find((x) => x.name === sheet)?.values.map((r) => r[0]);
      expect(ids).toEqual(target.rows.map(() => target.orderId));
      expect(await item.getAttribute('aria-current')).toBe('true');
    }
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
  test('lists the feedback Amazon may remove, with reasons, deadlines and the rate if removed', async () => {
    const { recent, old } = await addCandidates();
    const frame = await openSidebar();
    const d = await rpc<Dashboard>('getDashboard');
    const section = frame.getByTestId('removal-section');
    const items = section.getByTestId('removal-item');
    expect(await items.count()).toBe(d.removal.candidates.length);
    expect(d.removal.candidates.length).toBeGreaterThanOrEqual(3);
    for (const c of d.removal.candidates) {
      const item = section.locator(`[data-testid="removal-item"][data-order-id="${c.orderId}"]`);
      expect(await item.getByTestId('removal-reason').textContent()).toMatch(/^Why it may go: /);
      const deadline = (await item.getByTestId('removal-deadline').textContent()) ?? '';
      expect(deadline).toMatch(
        c.passed ? /^The 90 days to request removal ended on / : /^Request removal by /,
      );
      expect(await item.getAttribute('data-passed')).toBe(String(c.passed));
      expect(await item.getByTestId('removal-deadline').getAttribute('class')).toMatch(
        c.passed ? /\bpassed\b/ : /^(?!.*\bpassed\b)/,
      );
    }
    expect(d.removal.candidates.find((c) => c.orderId === old)?.passed).toBe(true);
    expect(d.removal.candidates.find((c) => c.orderId === recent)?.passed).toBe(false);
    // Per channel, the rate if Amazon removed every open one — said as a possibility.
    const mfn = d.channels.find((c) => c.scope === 'MFN');
    const line = await section
      .locator('[data-testid="removal-if"][data-scope="MFN"]')
      .textContent();
    const rate = (((mfn?.defective ?? 0) - 1) / (mfn?.orders ?? 1)) * 100;
    expect(line).toBe(
      `If Amazon removed it, MFN Order Defect Rate would be ${rate.toFixed(2)}% (now ${((mfn?.rate ?? 0) * 100).toFixed(2)}%).`,
    );
    expect(await section.getByTestId('removal-passed-note').textContent()).toMatch(
      /^1 is past its 90 days/,
    );
    expect((await section.textContent()) ?? '').not.toMatch(/\bwill be removed|certain/i);
    // Clicking one selects the feedback's row in the Defects sheet.
    const target = d.removal.candidates.find((c) => c.orderId === recent);
    await section.locator(`[data-testid="removal-item"][data-order-id="${recent}"]`).click();
    await waitFor('the feedback row to be selected', async () => {
      const s = await state();
      return s.selection?.sheet === d.sources.defectsSheet && s.selection.row === target?.row;
    });
  });

  test('the highlight button says what it colours under the type filter', async () => {
    const frame = await openSidebar();
    const d = await rpc<Dashboard>('getDashboard');
    const button = frame.getByTestId('highlight');
    expect(await button.textContent()).toBe(`Highlight ${d.defects.length} defect orders`);
    const chargebacks = d.defects.filter((x) => x.types.includes('chargeback'));
    expect(chargebacks).toHaveLength(1);
    await frame.getByTestId('filter-chargeback').click();
    await waitFor(
      'the label to follow the filter',
      async () => (await button.textContent()) === 'Highlight 1 shown order',
    );
    // It colours exactly the shown order's rows.
    const before = await allBackgrounds();
    await button.click();
    const message = frame.getByTestId('highlight-message');
    await waitFor('the highlight to finish', async () =>
      /highlighted/.test((await message.textContent()) ?? ''),
    );
    const during = await allBackgrounds();
    const sheet = chargebacks[0].sheet;
    const changed = during[sheet]
      .map((row, i) => (row.join() === before[sheet][i].join() ? 0 : i + 1))
      .filter((r) => r > 0);
    expect(changed).toEqual(chargebacks[0].rows);
    expect(await message.textContent()).toMatch(/^\d+ rows of 1 defect orders? highlighted/);
    await frame.getByTestId('filter-atoz').click();
    const atoz = d.defects.filter((x) => x.types.includes('atoz')).length;
    await waitFor(
      'the label to follow the filter',
      async () => (await button.textContent()) === `Highlight ${atoz} shown orders`,
    );
    await frame.getByTestId('clear-highlights').click();
    await waitFor('the clear to finish', async () =>
      /restored/.test((await message.textContent()) ?? ''),
    );
    expect(await allBackgrounds()).toEqual(before);
  });

  test('Clear says which rows were edited since, and "Clear edited rows too" restores them', async () => {
    const frame = await openSidebar();
    const d = await rpc<Dashboard>('getDashboard');
    const before = await allBackgrounds();
    const message = frame.getByTestId('highlight-message');
    await frame.getByTestId('highlight').click();
    await waitFor('the highlight to finish', async () =>
      /highlighted/.test((await message.textContent()) ?? ''),
    );
    // The seller edits a highlighted row (a note in an empty cell of it).
    const target = d.defects[0];
    const sheet = preview.emulator().spreadsheet.getSheetByName(target.sheet);
    sheet?.getRange(target.row, 8).setValue('called the buyer');
    await frame.getByTestId('clear-highlights').click();
    await waitFor('the clear to finish', async () =>
      /restored/.test((await message.textContent()) ?? ''),
    );
    expect(await message.textContent()).toContain(`row ${target.row}`);
    const edited = frame.getByTestId('clear-edited');
    expect(await edited.textContent()).toBe('Clear edited rows too');
    await edited.click();
    await waitFor('the edited rows to be cleared', async () => (await edited.count()) === 0);
    sheet?.getRange(target.row, 8).setValue('');
    const after = await allBackgrounds();
    expect(after).toEqual(before);
  });

  test('with a window that ended long ago, its dates are said relative to its end', async () => {
    const frame = await openSidebar();
    const first = await rpc<Dashboard>('getDashboard');
    for (const back of [65, 20]) {
      const asOf = shiftDay(first.asOf ?? '', -back);
      await frame.getByTestId('as-of').fill(asOf);
      await waitFor(
        'the window to move',
        async () => (await rpc<Dashboard>('getDashboard')).asOf === asOf,
      );
      const d = await rpc<Dashboard>('getDashboard');
      for (const ch of d.channels) {
        if (ch.nextDropOff === null) continue;
        const card = frame.locator(`[data-testid="channel-card"][data-scope="${ch.scope}"]`);
        await waitFor('the card to redraw', async () =>
          ((await card.getByTestId('channel-facts').textContent()) ?? '').includes('window’s end'),
        );
        const facts = await card.getByTestId('channel-facts').locator('li').allTextContents();
        const drop = facts.find((f) => f.startsWith('Next defect')) ?? '';
        const days = Math.round(
          (Date.parse(`${ch.nextDropOff}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / DAY,
        );
        const after = `${days} day${days === 1 ? '' : 's'} after the window’s end`;
        // A day that has gone by is never announced as coming.
        expect(drop).toMatch(
          ch.nextDropOff <= d.today
            ? new RegExp(`^Next defect left the window on .+, ${after}$`)
            : new RegExp(`^Next defect leaves the window on .+, ${after}$`),
        );
      }
      const items = await frame.getByTestId('defect-item').all();
      for (const [i, item] of items.entries()) {
        const leaves = d.defects[i].leavesWindowOn;
        expect(await item.locator('.leaves').textContent()).toMatch(
          leaves <= d.today ? /^Left the window / : /^Leaves window /,
        );
      }
    }
  });

  test('the Formulas demo shows rates as percentages', async () => {
    const s = await state('?sheet=Formulas&rows=20');
    const sheet = (s.sheets as (SheetState & { display: string[][] })[]).find(
      (x) => x.name === 'Formulas',
    );
    if (!sheet) throw new Error('no Formulas sheet in the preview');
    const odrRow = sheet.values.findIndex((r) => String(r[0]).startsWith('ODR ('));
    expect(sheet.display[odrRow][1]).toMatch(/^\d+\.\d\d%$/);
    const header = sheet.values.findIndex((r) => r[0] === 'Channel');
    const odrCol = sheet.values[header].indexOf('ODR');
    expect(odrCol).toBeGreaterThan(0);
    for (let r = header + 1; r < sheet.values.length && sheet.values[r][0] !== ''; r++) {
      expect(sheet.display[r][odrCol]).toMatch(/^\d+\.\d\d%$/);
    }
  });

  test('the open sidebar refreshes itself after an import and after a plan write', async () => {
    const frame = await openSidebar();
    const d = await rpc<Dashboard>('getDashboard');
    const calls: string[] = [];
    const watch = (request: import('playwright-core').Request) => {
      if (!request.url().endsWith('/rpc')) return;
      const body = request.postDataJSON() as { name?: string } | null;
      if (body?.name) calls.push(body.name);
    };
    page.on('request', watch);
    try {
      // A feedback report, imported the way the import dialog sends it, for a defect-free order.
      const defective = new Set(d.defects.map((x) => x.orderId));
      const spreadsheet = preview.emulator().spreadsheet;
      const orders = spreadsheet.getSheetByName(d.sources.ordersSheet ?? 'Orders');
      const row = orders
        ?.getDataRange()
        .getValues()
        .reverse()
        .find((r) => r[2] === 'Merchant' && !defective.has(String(r[0])));
      if (!row) throw new Error('no defect-free order in the sample');
      const day = new Date(row[1] as Date).toISOString().slice(0, 10);
      await rpc('importReports', [
        {
          name: 'feedback.txt',
          text: `Date\tRating\tComments\tResponse\tOrder ID\n${day}\t1\tArrived broken\t\t${String(row[0])}\n`,
        },
      ]);
      await waitFor(
        'the new defect order in the open sidebar',
        async () =>
          (await frame.getByTestId('defect-count').textContent()) === String(d.defects.length + 1),
        20000,
      );
      expect(await frame.getByTestId('refresh').isEnabled()).toBe(true);
      // A plan written elsewhere (the menu) moves the stamp too: the sidebar reads it again.
      const loads = calls.filter((n) => n === 'getDashboard').length;
      await rpc('writeActionPlan');
      await waitFor(
        'the sidebar to reload after the plan write',
        async () => calls.filter((n) => n === 'getDashboard').length > loads,
        20000,
      );
      // Between loads the sidebar only polls the stamp.
      expect(new Set(calls)).toEqual(new Set(['getDataVersion', 'getDashboard']));
    } finally {
      page.off('request', watch);
    }
  });

  describe('readable and in its place', () => {
    /** WCAG 2.x contrast of every visible text against the background it sits on. */
    async function lowContrast(frame: FrameLocator): Promise<string[]> {
      return frame.locator('body').evaluate((body) => {
        const channel = (c: number) => {
          const v = c / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        };
        const parse = (color: string): number[] =>
          (color.match(/[\d.]+/g) ?? []).map(Number).concat([1]).slice(0, 4);
        const luminance = ([r, g, b]: number[]) =>
          0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        const background = (el: Element | null): number[] => {
          for (let e = el; e; e = e.parentElement) {
            const c = parse(getComputedStyle(e).backgroundColor);
            if (c[3] > 0) return c;
          }
          return [255, 255, 255, 1];
        };
        const out: string[] = [];
        const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!el || (node.textContent ?? '').trim() === '') continue;
          if (el.closest('[disabled], script, style')) continue;
          const rect = el.getBoundingClientRect();
          if (rect.width === 0 || rect.height === 0) continue;
          const fg = luminance(parse(getComputedStyle(el).color));
          const bg = luminance(background(el));
          const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          if (ratio < 4.5)
            out.push(
              `${ratio.toFixed(2)}:1 ${el.getAttribute('data-testid') ?? el.className} “${(node.textContent ?? '').trim().slice(0, 40)}”`,
            );
        }
        return out;
      });
    }

    test('every visible text has 4.5:1 contrast and is at least 12 px, "Add to note" included', async () => {
      const frame = await openSidebar();
      await frame.getByTestId('step-evaluate').locator('summary').click();
      await frame.getByTestId('missed-to-note').waitFor();
      await frame.getByTestId('sources').locator('summary').click();
      await frame.getByTestId('findings').locator('summary').click();
      expect(await lowContrast(frame)).toEqual([]);
      const small = await frame.locator('body').evaluate((body) => {
        const out: string[] = [];
        const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!el || (node.textContent ?? '').trim() === '') continue;
          if (el.getBoundingClientRect().width === 0) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 12) out.push(`${size}px ${el.className} “${(node.textContent ?? '').trim()}”`);
        }
        return out;
      });
      expect(small).toEqual([]);
      // The measure itself: the link is blue on the amber box.
      const link = await frame.getByTestId('missed-to-note').evaluate((el) => ({
        color: getComputedStyle(el).color,
        box: getComputedStyle(el.closest('.missed') as Element).backgroundColor,
      }));
      expect(link.box).not.toBe('rgba(0, 0, 0, 0)');
      expect(link.color).not.toBe(link.box);
    });

    test('a note shows four lines at least and grows with its text', async () => {
      const frame = await openSidebar();
      const note = frame.getByTestId('note-notice');
      const size = () =>
        note.evaluate((el: HTMLTextAreaElement) => ({
          height: el.clientHeight,
          scroll: el.scrollHeight,
          line: parseFloat(getComputedStyle(el).lineHeight),
        }));
      const empty = await size();
      expect(empty.height).toBeGreaterThanOrEqual(4 * empty.line);
      await note.fill(Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of my notes`).join('\n'));
      const full = await size();
      expect(full.height).toBeGreaterThanOrEqual(12 * full.line);
      expect(full.scroll).toBeLessThanOrEqual(full.height + 1);
    });

    test('an error shows in the page’s flow: in view when it comes, never over the cards', async () => {
      await page.route('**/rpc', async (route) => {
        const body = route.request().postDataJSON() as { name?: string };
        if (body.name === 'selectDefectRow') {
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
        const frame = await openSidebar();
        const last = frame.getByTestId('defect-item').last();
        await last.scrollIntoViewIfNeeded();
        await last.click();
        const error = frame.getByTestId('error');
        await error.waitFor();
        const inView = await error.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        });
        expect(inView).toBe(true);
        // Only the slim header stays on top while scrolling: the error scrolls away with the page.
        const covered = await frame.locator('body').evaluate(() => {
          const card = document.querySelector('[data-testid="channel-card"]') as HTMLElement;
          card.scrollIntoView({ block: 'start' });
          const r = card.getBoundingClientRect();
          const header = (document.querySelector('.sticky') as HTMLElement).getBoundingClientRect();
          // Just below the header bar: an error stuck under it would be here.
          const bar = (document.querySelector('.top') as HTMLElement).getBoundingClientRect();
          const y = bar.bottom + 10;
          const hit = document.elementFromPoint(r.left + 20, y);
          return { header: header.height, onCard: card.contains(hit), cardBottom: r.bottom, y };
        });
        expect(covered.header).toBeLessThan(70);
        expect(covered.y).toBeLessThan(covered.cardBottom);
        expect(covered.onCard).toBe(true);
      } finally {
        await page.unroute('**/rpc');
      }
    });
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
      // Removal candidates of each kind: one still within its 90 days, one past them.
      await addCandidates(server);
      const frame = await openSidebar(server);
      await frame.getByTestId('highlight').click();
      await waitFor('the highlight message', async () => {
        const text = (await frame.getByTestId('highlight-message').textContent()) ?? '';
        return (await frame.getByTestId('highlight').isEnabled()) && /\d/.test(text);
      });
      const texts = [...(await drawnTexts(frame))];
      const data = await shownData(server);
      // A window that ended long ago: its dates are said relative to its end.
      const d = await rpcAt<Dashboard>(server, 'getDashboard');
      await frame.getByTestId('as-of').fill(shiftDay(d.asOf ?? '', -65));
      await frame.getByTestId('as-of-latest').waitFor();
      texts.push(...(await drawnTexts(frame)));
      data.push(...(await shownData(server)));
      await rpcAt(server, 'setAsOf', null);
      return { texts, data };
    }

    async function shownData(server: PreviewServer): Promise<string[]> {
      const d = await rpcAt<Dashboard>(server, 'getDashboard');
      return [
        ...d.defects.flatMap((item) => [item.orderId, item.comment, item.reason, item.sheet]),
        ...d.removal.candidates.flatMap((c) => [c.orderId, c.comment]),
        ...d.topProducts.flatMap((p) => p.products.flatMap((x) => [x.sku, x.asin, x.name])),
        ...d.sources.sheets.map((sheet) => sheet.name),
      ].filter((v) => v !== '');
    }

    async function drawnTexts(frame: FrameLocator): Promise<string[]> {
      return frame.locator('body').evaluate((body) => {
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
