/**
 * The local preview's HTTP server: a built add-on running in the Apps Script emulator, served as
 * a spreadsheet-like page with its menu, formula cells, sidebar and dialogs. Nothing here knows
 * the product: what workbook a session starts with and which languages the page offers come
 * from a `PreviewAddon` (ODR Guard's is odr-guard.ts). Routes and test hooks: README.md beside
 * this file. The page (page/*.ts) is built by esbuild when the server starts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import {
  type BundleContext,
  type Emulator,
  type MenuEntryRecord,
  createEmulator,
  loadBundleInEmulator,
} from '../emulator';
import { errorMessage } from '../emulator/core';
import type { LocaleChoice, PreviewState, RunReply } from './protocol';

/** Runs a top-level function of the bundle as its own execution, as Apps Script does. */
export type RunFunction = (name: string, args: unknown[]) => unknown;

/** What the preview needs to know about the add-on it shows. */
export interface PreviewAddon {
  /** The add-on menu's caption (Extensions ▸ name). */
  name: string;
  /** The spreadsheet's title in the page. */
  documentTitle: string;
  /** The languages the page's switch offers; the first is the default. */
  locales: readonly LocaleChoice[];
  /**
   * Fills a new session's workbook (after the bundle is loaded, before onOpen) and returns
   * lines for the console. `functions` are the bundle's top-level function names.
   */
  setUp(emulator: Emulator, run: RunFunction, functions: readonly string[]): string[];
}

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
  /** Session.getActiveUserLocale() of the emulated user; default: the addon's first locale. */
  locale?: string;
  /** Spreadsheet time zone; default 'Etc/UTC'. */
  timeZone?: string;
  /** The add-on's preview setup (tools/preview/index.ts passes ODR Guard's). */
  addon: PreviewAddon;
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

interface Session {
  id: string;
  locale: string;
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

const TYPES = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

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

interface PageScripts {
  main: string;
  shim: string;
}

let pageScripts: Promise<PageScripts> | undefined;

/** The page's script and the google.script shim, built once per process from page/*.ts. */
function buildPageScripts(pageDir: string): Promise<PageScripts> {
  const bundle = async (entry: string, globalName?: string): Promise<string> => {
    const out = await build({
      entryPoints: [join(pageDir, entry)],
      bundle: true,
      format: 'iife',
      globalName,
      platform: 'browser',
      target: 'es2019',
      charset: 'utf8',
      write: false,
      logLevel: 'error',
    });
    return out.outputFiles[0].text;
  };
  pageScripts ??= Promise.all([bundle('main.ts'), bundle('gas-shim.ts', 'GasShim')]).then(
    ([main, shim]) => ({ main, shim }),
  );
  return pageScripts;
}

/** Puts `tag` right after <head> (so the doctype keeps standards mode), else at the start. */
function injectFirst(html: string, tag: string): string {
  const at =
    /<head(\s[^>]*)?>/i.exec(html) ??
    /<html(\s[^>]*)?>/i.exec(html) ??
    /<!doctype[^>]*>/i.exec(html);
  if (!at) return tag + html;
  const end = at.index + at[0].length;
  return html.slice(0, end) + tag + html.slice(end);
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const root = options.root ?? findRoot(__dirname);
  const dist = join(root, 'dist');
  // From the root, not __dirname: `npm start` runs this file bundled into build/.
  const staticDir = join(root, 'tools', 'preview', 'page');
  const addon = options.addon;
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
  const scripts = await buildPageScripts(staticDir);

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

  function newSession(locale: string): Session {
    sessionCount += 1;
    const emulator = createEmulator({
      distDir: dist,
      addonName: addon.name,
      name: addon.documentTitle,
      locale,
      timeZone: options.timeZone ?? 'Etc/UTC',
      quiet,
    });
    const ctx = loadBundleInEmulator(emulator, dist);
    const functions = Object.keys(ctx).filter(
      (k) => typeof ctx[k] === 'function' && !k.endsWith('_'),
    );
    const startup = addon.setUp(
      emulator,
      (name, args) => runInExecution(emulator, name, args),
      functions,
    );
    try {
      runInExecution(emulator, 'onOpen', [{ authMode: 'LIMITED' }]);
    } catch (err) {
      startup.push(`onOpen failed: ${errorMessage(err)}`);
    }
    // The set-up's own messages are not what a newcomer should see first.
    emulator.ui.alerts.length = 0;
    emulator.ui.toasts.length = 0;
    emulator.resetCalls();
    for (const line of startup) say(line);
    return { id: `s${sessionCount}-${Date.now()}`, locale, emulator, functions, startup };
  }

  let session = newSession(options.locale ?? addon.locales[0]?.locale ?? 'en');

  function state(url: URL): PreviewState {
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
    // The session's own locale first, so a locale given on the command line shows selected.
    const locales = addon.locales.some((l) => l.locale === session.locale)
      ? [...addon.locales]
      : [{ locale: session.locale, label: session.locale }, ...addon.locales];
    return {
      session: session.id,
      name: emu.core.name,
      addonName: emu.core.addonName,
      timeZone: emu.core.timeZone,
      locale: session.locale,
      locales,
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
    const shim = `${scripts.shim}\nGasShim.install(${JSON.stringify(session.functions)});`;
    const tag = `<script data-emulator="google.script">${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
    return injectFirst(record.content, tag);
  }

  function rpc(name: unknown, args: unknown): RunReply {
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

  const STATIC: Record<string, () => [string, string]> = {
    '/': () => [readFileSync(join(staticDir, 'index.html'), 'utf8'), TYPES.html],
    '/index.html': () => [readFileSync(join(staticDir, 'index.html'), 'utf8'), TYPES.html],
    '/preview.css': () => [readFileSync(join(staticDir, 'preview.css'), 'utf8'), TYPES.css],
    '/main.js': () => [scripts.main, TYPES.js],
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

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method === 'GET' && STATIC[path]) {
      const [body, type] = STATIC[path]();
      send(res, 200, body, type);
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
          const reply: RunReply = {
            ok: false,
            error: { name: 'ScriptError', message: `Not a menu function: ${String(name)}` },
          };
          send(res, 200, JSON.stringify(reply));
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
        session = newSession(session.locale);
        send(res, 200, JSON.stringify({ ok: true, session: session.id }));
        return;
      case '/api/locale': {
        const locale = body.locale;
        if (typeof locale !== 'string' || !addon.locales.some((l) => l.locale === locale)) {
          send(
            res,
            400,
            JSON.stringify({ ok: false, error: { message: `Unknown locale: ${String(locale)}` } }),
          );
          return;
        }
        session = newSession(locale);
        send(res, 200, JSON.stringify({ ok: true, session: session.id, locale }));
        return;
      }
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
  say(
    `${addon.name} preview: ${url} (language ${session.locale}; LOCALE=zh-CN or x-pseudo to change)`,
  );
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
