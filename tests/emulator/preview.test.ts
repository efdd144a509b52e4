/** Smoke test of the local preview: starts it on a free port and talks to its HTTP API. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, startPreview } from '../helpers/emulator';
import type { PreviewServer } from '../helpers/emulator';

interface State {
  session: string;
  activeSheet: string;
  selection: { sheet: string; a1: string } | null;
  sheets: { name: string; values: unknown[][]; backgrounds: string[][] }[];
  menus: { caption: string; items: { kind: string; functionName?: string }[] }[];
  sidebar: { seq: number; title: string } | null;
  functions: string[];
  locale: string;
  locales: { locale: string; label: string }[];
}

interface Rpc {
  ok: boolean;
  result?: unknown;
  error?: { message: string };
}

let preview: PreviewServer;

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, preview.url));
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(new URL(path, preview.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

beforeAll(async () => {
  // npm test builds first; build here only when dist/ is missing.
  preview = await startPreview({
    port: 0,
    quiet: true,
    build: !existsSync(join(DIST, 'Code.js')),
  });
});

afterAll(async () => {
  await preview?.close();
});

it('serves the page with its test hooks', async () => {
  const res = await fetch(preview.url);
  expect(res.status).toBe(200);
  const html = await res.text();
  for (const id of ['grid', 'menu-extensions', 'sidebar-frame', 'dialog-overlay', 'sheet-tabs']) {
    expect(html).toContain(`data-testid="${id}"`);
  }
  const script = await fetch(new URL('/main.js', preview.url));
  expect(script.status).toBe(200);
  // Built from page/*.ts: an IIFE, no module syntax left.
  expect(await script.text()).not.toMatch(/^\s*(import|export)\s/m);
  expect(html).toContain('data-testid="locale-switch"');
});

it('reports the workbook, the menu built by onOpen and the selection', async () => {
  const state = await getJson<State>('/api/state');
  expect(state.sheets.length).toBeGreaterThan(0);
  const orders = state.sheets.find((s) => s.name === 'Orders');
  expect(orders?.values[0][0]).toBe('amazon-order-id');
  expect(orders?.backgrounds[0][0]).toMatch(/^#[0-9a-f]{6}$/);
  expect(state.menus[0]?.caption).toBe('ODR Guard');
  expect(state.functions).toContain('onOpen');
  expect(state.selection).not.toBeNull();
});

it('routes google.script.run calls to the bundle and returns errors as messages', async () => {
  const ok = await postJson<Rpc>('/rpc', { name: 'onOpen', args: [{ authMode: 'LIMITED' }] });
  expect(ok).toEqual({ ok: true });
  const missing = await postJson<Rpc>('/rpc', { name: 'noSuchFunction', args: [] });
  expect(missing.ok).toBe(false);
  expect(missing.error?.message).toMatch(/noSuchFunction/);
});

it('runs a menu item, shows the sidebar it opened, selects and resets', async () => {
  const before = await getJson<State>('/api/state');
  const menuFns = before.menus.flatMap((m) => m.items.map((i) => i.functionName));
  if (menuFns.includes('showSidebar')) {
    const run = await postJson<Rpc>('/api/run', { name: 'showSidebar' });
    expect(run.ok).toBe(true);
    const after = await getJson<State>('/api/state');
    expect(after.sidebar).not.toBeNull();
    const page = await fetch(new URL(`/ui/sidebar/${after.sidebar?.seq}`, preview.url));
    const html = await page.text();
    expect(html).toContain('data-emulator="google.script"');
  }
  const notMenu = await postJson<Rpc>('/api/run', { name: 'getDashboard' });
  expect(notMenu.ok).toBe(false);
  const sel = await postJson<{ ok: boolean }>('/api/select', { sheet: 'Orders', a1: 'A3:C3' });
  expect(sel.ok).toBe(true);
  expect((await getJson<State>('/api/state')).selection).toMatchObject({
    sheet: 'Orders',
    a1: 'A3:C3',
  });
  const reset = await postJson<{ ok: boolean; session: string }>('/api/reset', {});
  expect(reset.ok).toBe(true);
  expect((await getJson<State>('/api/state')).session).toBe(reset.session);
});

it('switches the language: menu and sample in the chosen locale, reset keeps it', async () => {
  const before = await getJson<State>('/api/state');
  expect(before.locale).toBe('en');
  expect(before.locales.map((l) => l.locale)).toEqual(['en', 'zh-CN', 'x-pseudo']);
  const switched = await postJson<{ ok: boolean }>('/api/locale', { locale: 'zh-CN' });
  expect(switched.ok).toBe(true);
  const zh = await getJson<State>('/api/state');
  expect(zh.locale).toBe('zh-CN');
  expect(zh.session).not.toBe(before.session);
  const captions = (s: State) => s.menus[0].items.map((i) => (i as { caption?: string }).caption);
  expect(captions(zh)).toContain('打开 ODR 仪表板');
  await postJson('/api/reset', {});
  expect((await getJson<State>('/api/state')).locale).toBe('zh-CN');
  await postJson('/api/locale', { locale: 'x-pseudo' });
  const pseudo = await getJson<State>('/api/state');
  expect(
    captions(pseudo)
      .filter(Boolean)
      .every((c) => /^⟦.*⟧$/.test(c ?? '')),
  ).toBe(true);
  const refused = await postJson<{ ok: boolean }>('/api/locale', { locale: 'fr' });
  expect(refused.ok).toBe(false);
  await postJson('/api/locale', { locale: 'en' });
});

it("injects google.script into the pages the add-on shows, with the bundle's functions", async () => {
  await postJson('/api/run', { name: 'checkSpreadsheet' });
  const state = await getJson<State & { dialog: { seq: number } | null }>('/api/state');
  expect(state.dialog).not.toBeNull();
  const html = await (await fetch(new URL(`/ui/dialog/${state.dialog?.seq}`, preview.url))).text();
  const head = html.indexOf('<head>');
  const shim = html.indexOf('data-emulator="google.script"');
  expect(head).toBeGreaterThanOrEqual(0);
  expect(shim).toBeGreaterThan(head);
  expect(html).toContain('GasShim.install([');
  expect(html).toContain('"getDashboard"');
  expect(html).toContain('data-testid="self-check-report"');
});
