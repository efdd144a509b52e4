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
  expect((await fetch(new URL('/preview.js', preview.url))).status).toBe(200);
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
