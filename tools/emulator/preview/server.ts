/**
 * The local preview behind `npm start`: the built add-on running in the emulator, served as a
 * spreadsheet-like page with its menu, formula cells, sidebar and dialogs. Client files live in
 * scripts/preview/; the HTTP routes and data-testids are listed at the top of
 * scripts/preview.mjs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import {
  a1,
  type BundleContext,
  type Emulator,
  type MenuEntryRecord,
  createEmulator,
  loadBundleInEmulator,
} from '../index';
import { errorMessage } from '../core';

export interface PreviewOptions {
  /** 0 picks a free port. Default: PORT from the environment, else 8080. */
  port?: number;
  /** Default 127.0.0.1: the page runs code, so it is not offered to the network. */
  host?: string;
  /** No log lines on stdout. */
  quiet?: boolean;
  /** Run scripts/build.mjs first (default true). */
  build?: boolean;
  /** Repository root; default: the nearest folder above this file with a package.json. */
  root?: string;
  /** Session.getActiveUserLocale() of the emulated user; default 'en'. */
  locale?: string;
  /** Spreadsheet time zone; default 'Etc/UTC'. */
  timeZone?: string;
}

export interface PreviewServer {
  url: string;
  port: number;
  /** The emulator behind the page now (replaced by POST /api/reset). */
  emulator(): Emulator;
  close(): Promise<void>;
}

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'scripts'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

/** What the built-in sample shows when the bundle has no insertSampleData yet. */
function fallbackSample(emulator: Emulator): void {
  const channels = ['MFN', 'AFN'];
  const rows: unknown[][] = [
    ['amazon-order-id', 'purchase-date', 'fulfillment-channel', 'Rating', 'A-to-z claim'],
  ];
  for (let i = 0; i < 40; i++) {
    const day = new Date(Date.UTC(2024, 4, 1 + i));
    const id = `113-${String(4_000_000 + i * 7919).padStart(7, '0')}-${String(1_000_000 + i * 104_729).slice(0, 7)}`;
    const rating = i % 9 === 3 ? 1 : i % 7 === 5 ? 2 : 5;
    rows.push([
      id,
      day.toISOString().slice(0, 10),
      channels[i % 3 === 0 ? 1 : 0],
      rating,
      i === 17 ? 'Yes' : '',
    ]);
  }
  emulator.seedSheet('Orders', rows);
  emulator.seedSheet('Summary', [
    ['ODR (worse channel)', '=ODR(Orders!A1:E41)'],
    ['Orders needed', '=ODR_ORDERS_NEEDED(Orders!A1:E41)'],
    [],
    ['=ODR_BREAKDOWN(Orders!A1:E41)'],
  ]);
  const sheet1 = emulator.core.sheetByName('Sheet1');
  if (sheet1 && sheet1.lastRow() === 0) {
    emulator.core.sheets = emulator.core.sheets.filter((s) => s !== sheet1);
  }
  emulator.select('Orders', 'A1');
}

/**
 * The sample has no formula cells; this sheet shows the custom functions at work on it, computed
 * by the bundle as Sheets would. Skipped when the workbook already has formulas.
 */
function formulaDemo(emulator: Emulator, functions: string[]): void {
  const core = emulator.core;
  if (core.sheets.some((s) => s.formulaKeys.size > 0) || core.sheetByName('Formulas')) return;
  const orders = core.sheetByName('Orders');
  if (!orders || orders.lastRow() < 2) return;
  const ref = (name: string): string | undefined => {
    const s = core.sheetByName(name);
    return s && s.lastRow() > 0 ? `${name}!${a1(1, 1, s.lastRow(), s.lastColumn())}` : undefined;
  };
  const args = [ref('Orders'), ref('Defects')].filter((r): r is string => !!r).join(', ');
  const rows: unknown[][] = [['Custom functions on the sample, computed by dist/Code.js']];
  const add = (fn: string, label: string, extra = ''): void => {
    if (functions.includes(fn)) rows.push([label, `=${fn}(${args}${extra})`], []);
  };
  add('ODR', 'ODR (worse channel)');
  add('ODR_ORDERS_NEEDED', 'Orders needed');
  if (functions.includes('ODR_BREAKDOWN')) rows.push(['Breakdown'], [`=ODR_BREAKDOWN(${args})`]);
  emulator.seedSheet('Formulas', rows);
  const sheet = core.sheetByName('Formulas');
  if (sheet) {
    sheet.setFormat('fontWeight', 1, 1, 'bold');
    sheet.columnWidths.set(1, 180);
  }
}

interface Session {
  id: string;
  emulator: Emulator;
  /** Top-level functions of the bundle that google.script.run may call (not ending in _). */
  functions: string[];
  startup: string[];
}

/** google.script.run can carry neither Dates nor functions; Apps Script answers null then. */
function hasIllegal(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v === 'function') return true;
  if (typeof v !== 'object' || v === null) return false;
  if (Object.prototype.toString.call(v) === '[object Date]') return true;
  if (seen.has(v)) return true;
  seen.add(v);
  return Object.values(v as Record<string, unknown>).some((x) => hasIllegal(x, seen));
}

function menuFunctions(items: MenuEntryRecord[]): string[] {
  return items.flatMap((i) =>
    i.kind === 'item' ? [i.functionName] : i.kind === 'submenu' ? menuFunctions(i.items) : [],
  );
}

export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const root = options.root ?? findRoot(__dirname);
  const dist = join(root, 'dist');
  const staticDir = join(root, 'scripts', 'preview');
  const quiet = options.quiet ?? false;
  const say = (line: string): void => {
    if (!quiet) process.stdout.write(`${line}\n`);
  };

  if (options.build !== false) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: quiet ? 'pipe' : 'inherit',
    });
  }

  let sessionCount = 0;

  /** Runs one top-level function as its own execution, in a fresh context, as Apps Script does. */
  function runInExecution(emulator: Emulator, name: string, args: unknown[]): unknown {
    const handle = emulator.newExecution();
    const ctx: BundleContext = loadBundleInEmulator(emulator, dist, { execution: handle });
    try {
      const fn = ctx[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    } finally {
      emulator.finishExecution(handle.execution);
    }
  }

  function newSession(): Session {
    sessionCount += 1;
    const emulator = createEmulator({
      distDir: dist,
      addonName: 'ODR Guard',
      name: 'ODR Guard preview',
      locale: options.locale ?? 'en',
      timeZone: options.timeZone ?? 'Etc/UTC',
      quiet,
    });
    const ctx = loadBundleInEmulator(emulator, dist);
    const functions = Object.keys(ctx).filter(
      (k) => typeof ctx[k] === 'function' && !k.endsWith('_'),
    );
    const startup: string[] = [];
    if (typeof ctx.insertSampleData === 'function') {
      try {
        runInExecution(emulator, 'insertSampleData', []);
        startup.push('insertSampleData() ran.');
      } catch (err) {
        startup.push(
          `insertSampleData() failed: ${errorMessage(err)}; showing the built-in sample.`,
        );
        fallbackSample(emulator);
      }
    } else {
      startup.push('The bundle has no insertSampleData(); showing the built-in sample.');
      fallbackSample(emulator);
    }
    formulaDemo(emulator, functions);
    try {
      runInExecution(emulator, 'onOpen', [{ authMode: 'LIMITED' }]);
    } catch (err) {
      startup.push(`onOpen failed: ${errorMessage(err)}`);
    }
    // The sample's own messages are not what a newcomer should see first.
    emulator.ui.alerts.length = 0;
    emulator.ui.toasts.length = 0;
    emulator.resetCalls();
    for (const line of startup) say(line);
    return { id: `s${sessionCount}-${Date.now()}`, emulator, functions, startup };
  }

  let session = newSession();

  function state(url: URL): unknown {
    const emu = session.emulator;
    const selection = emu.activeSelection();
    const rows = Math.min(1000, Math.max(1, Number(url.searchParams.get('rows') ?? 200) || 200));
    const sheets = emu.core.sheets.map((s) => {
      let start = 1;
      if (url.searchParams.get('sheet') === s.name && url.searchParams.get('start')) {
        start = Math.max(1, Number(url.searchParams.get('start')) || 1);
      } else if (selection?.sheet === s.name && selection.row + selection.numRows - 1 > rows) {
        start = Math.max(1, selection.row - 20);
      }
      return emu.snapshot(s.name, start, rows);
    });
    const ui = emu.ui;
    const sidebar = ui.sidebars[ui.sidebars.length - 1];
    const dialog = ui.dialogs[ui.dialogs.length - 1];
    return {
      session: session.id,
      name: emu.core.name,
      addonName: emu.core.addonName,
      timeZone: emu.core.timeZone,
      locale: emu.core.userLocale,
      activeSheet: emu.core.activeSheet().name,
      selection,
      sheets,
      menus: ui.menus,
      sidebar: sidebar ? { seq: sidebar.seq, title: sidebar.title } : null,
      dialog: dialog
        ? {
            seq: dialog.seq,
            title: dialog.title,
            width: dialog.width,
            height: dialog.height,
            kind: dialog.kind,
          }
        : null,
      alerts: ui.alerts.slice(-20),
      toasts: ui.toasts.slice(-20),
      calls: emu.calls,
      simulatedMs: Math.round(emu.simulatedMs),
      logs: emu.logs.slice(-50),
      startup: session.startup,
      functions: session.functions,
      documentProperties: emu.properties('document'),
    };
  }

  function pageHtml(kind: 'sidebar' | 'dialog', seq: number): string | undefined {
    const list = kind === 'sidebar' ? session.emulator.ui.sidebars : session.emulator.ui.dialogs;
    const record = list.find((r) => r.seq === seq);
    if (!record) return undefined;
    const shim = readFileSync(join(staticDir, 'gas-shim.js'), 'utf8')
      .replace('/*FUNCTIONS*/ []', () => JSON.stringify(session.functions))
      .replace(/<\/script/gi, '<\\/script');
    const tag = `<script data-emulator="google.script">${shim}</script>`;
    const html = record.content;
    // Before the page's own scripts, but after <head> so the doctype keeps standards mode.
    const head = /<head(\s[^>]*)?>/i.exec(html);
    if (head)
      return (
        html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length)
      );
    const start = /<html(\s[^>]*)?>/i.exec(html) ?? /<!doctype[^>]*>/i.exec(html);
    if (start)
      return (
        html.slice(0, start.index + start[0].length) +
        tag +
        html.slice(start.index + start[0].length)
      );
    return tag + html;
  }

  function rpc(
    name: unknown,
    args: unknown,
  ): { ok: boolean; result?: unknown; error?: { name: string; message: string } } {
    if (typeof name !== 'string' || name.endsWith('_') || !session.functions.includes(name)) {
      return {
        ok: false,
        error: { name: 'ScriptError', message: `Script function not found: ${String(name)}` },
      };
    }
    const list = Array.isArray(args) ? args : [];
    try {
      const result = runInExecution(session.emulator, name, list);
      if (hasIllegal(result)) {
        say(`google.script.run: ${name} returned a Date or function; Apps Script delivers null.`);
        return { ok: true, result: null };
      }
      return {
        ok: true,
        result: result === undefined ? undefined : JSON.parse(JSON.stringify(result)),
      };
    } catch (err) {
      const e = err as { name?: unknown };
      return {
        ok: false,
        error: { name: typeof e?.name === 'string' ? e.name : 'Error', message: errorMessage(err) },
      };
    }
  }

  const STATIC: Record<string, string> = {
    '/': 'index.html',
    '/index.html': 'index.html',
    '/preview.css': 'preview.css',
    '/preview.js': 'preview.js',
  };
  const TYPES: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    css: 'text/css; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
  };

  function send(
    res: http.ServerResponse,
    status: number,
    body: string,
    type = 'application/json; charset=utf-8',
  ): void {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  }

  function readBody(req: http.IncomingMessage): Promise<unknown> {
    return new Promise((resolveBody, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > 10 * 1024 * 1024) {
          reject(new Error('request too large'));
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolveBody(text ? (JSON.parse(text) as unknown) : {});
        } catch {
          reject(new Error('body is not JSON'));
        }
      });
      req.on('error', reject);
    });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method === 'GET' && STATIC[path]) {
      const file = STATIC[path];
      send(
        res,
        200,
        readFileSync(join(staticDir, file), 'utf8'),
        TYPES[file.split('.').pop() ?? 'html'],
      );
      return;
    }
    if (req.method === 'GET' && path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'GET' && path === '/api/state') {
      send(res, 200, JSON.stringify(state(url)));
      return;
    }
    const page = /^\/ui\/(sidebar|dialog)\/(\d+)$/.exec(path);
    if (req.method === 'GET' && page) {
      const html = pageHtml(page[1] as 'sidebar' | 'dialog', Number(page[2]));
      if (html === undefined) send(res, 404, 'no such page', TYPES.html);
      else send(res, 200, html, TYPES.html);
      return;
    }
    if (req.method !== 'POST') {
      send(res, 404, JSON.stringify({ error: 'not found' }));
      return;
    }
    const body = (await readBody(req)) as Record<string, unknown>;
    switch (path) {
      case '/rpc':
        send(res, 200, JSON.stringify(rpc(body.name, body.args)));
        return;
      case '/api/run': {
        const name = body.name;
        const allowed = session.emulator.ui.menus.flatMap((m) => menuFunctions(m.items));
        if (typeof name !== 'string' || !allowed.includes(name)) {
          send(
            res,
            200,
            JSON.stringify({
              ok: false,
              error: { name: 'ScriptError', message: `Not a menu function: ${String(name)}` },
            }),
          );
          return;
        }
        send(res, 200, JSON.stringify(rpc(name, [])));
        return;
      }
      case '/api/select': {
        try {
          session.emulator.select(
            String(body.sheet),
            typeof body.a1 === 'string' ? body.a1 : undefined,
          );
          send(
            res,
            200,
            JSON.stringify({ ok: true, selection: session.emulator.activeSelection() }),
          );
        } catch (err) {
          send(res, 400, JSON.stringify({ ok: false, error: { message: errorMessage(err) } }));
        }
        return;
      }
      case '/api/reset':
        session = newSession();
        send(res, 200, JSON.stringify({ ok: true, session: session.id }));
        return;
      default:
        send(res, 404, JSON.stringify({ error: 'not found' }));
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent)
        send(res, 500, JSON.stringify({ ok: false, error: { message: errorMessage(err) } }));
      else res.end();
    });
  });
  const envPort = process.env.PORT === undefined ? undefined : Number(process.env.PORT);
  const port = options.port ?? (Number.isFinite(envPort) ? envPort : 8080);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
  const actual = (server.address() as AddressInfo).port;
  const url = `http://${host}:${actual}/`;
  say(`ODR Guard preview: ${url}`);
  return {
    url,
    port: actual,
    emulator: () => session.emulator,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
