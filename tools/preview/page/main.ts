/// <reference lib="dom" />
/**
 * The preview page: draws GET /api/state as a spreadsheet, runs menu items (POST /api/run),
 * relays google.script.run from the sidebar/dialog frames to POST /rpc, and switches the
 * emulated user's language (POST /api/locale). DOM is built with createElement/textContent
 * only: sheet cells hold buyer-written text.
 */
import type { MenuEntryRecord } from '../../emulator';
import type {
  HostMessage,
  PreviewState,
  RpcRequestMessage,
  RpcResultMessage,
  RunReply,
} from '../protocol';
import { byId, clear, el, letter } from './dom';
import { forgetSelection, renderGrid, renderTabs } from './grid';

const grid = byId<HTMLTableElement>('grid');
const menuButton = byId<HTMLButtonElement>('menu-extensions');
const menuPopup = byId('menu');
const sidebar = byId('sidebar');
const sidebarFrame = byId<HTMLIFrameElement>('sidebar-frame');
const overlay = byId('dialog-overlay');
const dialogBox = byId('dialog');
const dialogFrame = byId<HTMLIFrameElement>('dialog-frame');
const localeSwitch = byId<HTMLSelectElement>('locale-switch');

let state: PreviewState | null = null;
let version = 0;
let session: string | null = null;
let shownSidebar = 0;
let shownDialog = 0;
let seenAlerts = 0;
let seenToasts = 0;
let anchor: { row: number; col: number } | null = null;

async function post<T = RunReply>(path: string, body: unknown = {}): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

function busy(on: boolean): void {
  document.body.setAttribute('data-busy', on ? 'true' : 'false');
}

function toast(title: string, text: string, kind?: 'error'): void {
  const box = el('div', {
    class: `toast${kind ? ` ${kind}` : ''}`,
    'data-testid': kind === 'error' ? 'error-toast' : 'toast',
    role: 'status',
  });
  if (title) box.appendChild(el('strong', null, title));
  box.appendChild(document.createTextNode(text));
  byId('toasts').appendChild(box);
  setTimeout(() => box.remove(), kind === 'error' ? 12000 : 7000);
}

// ---- menu -----------------------------------------------------------------------------------

function menuItems(container: HTMLElement, items: readonly MenuEntryRecord[]): void {
  for (const item of items) {
    if (item.kind === 'separator') {
      container.appendChild(el('hr'));
    } else if (item.kind === 'submenu') {
      container.appendChild(el('div', { class: 'menu-heading' }, item.caption));
      const sub = el('div', { class: 'submenu' });
      menuItems(sub, item.items);
      container.appendChild(sub);
    } else {
      const b = el(
        'button',
        {
          type: 'button',
          class: 'menu-item',
          role: 'menuitem',
          'data-testid': `menu-item-${item.functionName}`,
          'data-function': item.functionName,
        },
        item.caption,
      );
      b.addEventListener('click', () => {
        closeMenu();
        runMenu(item.functionName, item.caption);
      });
      container.appendChild(b);
    }
  }
}

function renderMenu(current: PreviewState): void {
  clear(menuPopup);
  if (current.menus.length === 0) {
    menuPopup.appendChild(
      el(
        'div',
        { class: 'menu-heading' },
        'No add-on menu: onOpen did not call createAddonMenu().addToUi()',
      ),
    );
  }
  for (const m of current.menus) {
    menuPopup.appendChild(
      el('div', { class: 'menu-heading', 'data-testid': 'menu-heading' }, m.caption),
    );
    menuItems(menuPopup, m.items);
  }
}

function closeMenu(): void {
  menuPopup.hidden = true;
  menuButton.setAttribute('aria-expanded', 'false');
}

menuButton.addEventListener('click', (ev) => {
  ev.stopPropagation();
  const open = menuPopup.hidden;
  menuPopup.hidden = !open;
  menuButton.setAttribute('aria-expanded', open ? 'true' : 'false');
});
document.addEventListener('click', (ev) => {
  if (!menuPopup.hidden && !menuPopup.contains(ev.target as Node)) closeMenu();
});

function runMenu(name: string, caption: string): void {
  byId('status').textContent = `Running ${caption}…`;
  void act(
    post('/api/run', { name }).then((res) => {
      if (!res.ok) toast(caption, res.error.message, 'error');
      return res;
    }),
  );
}

// ---- sidebar and dialogs --------------------------------------------------------------------

function renderPanels(current: PreviewState): void {
  if (current.sidebar && current.sidebar.seq > shownSidebar) {
    shownSidebar = current.sidebar.seq;
    byId('sidebar-title').textContent = current.sidebar.title;
    sidebarFrame.setAttribute('src', `/ui/sidebar/${current.sidebar.seq}`);
    sidebarFrame.setAttribute('data-seq', String(current.sidebar.seq));
    sidebar.hidden = false;
  }
  if (current.dialog && current.dialog.seq > shownDialog) {
    shownDialog = current.dialog.seq;
    byId('dialog-title').textContent = current.dialog.title;
    dialogBox.style.width = `${current.dialog.width || 600}px`;
    dialogBox.style.height = `${(current.dialog.height || 400) + 52}px`;
    dialogFrame.setAttribute('src', `/ui/dialog/${current.dialog.seq}`);
    dialogFrame.setAttribute('data-seq', String(current.dialog.seq));
    overlay.hidden = false;
  }
}

function closeSidebar(): void {
  sidebar.hidden = true;
  sidebarFrame.setAttribute('src', 'about:blank');
}

function closeDialog(): void {
  overlay.hidden = true;
  dialogFrame.setAttribute('src', 'about:blank');
}

byId('sidebar-close').addEventListener('click', closeSidebar);
byId('dialog-close').addEventListener('click', closeDialog);

function relayRpc(source: Window, m: RpcRequestMessage): void {
  busy(true);
  const answer = (reply: Omit<RpcResultMessage, 'type' | 'id'>) =>
    source.postMessage({ type: 'gas-rpc-result', id: m.id, ...reply }, '*');
  post('/rpc', { name: m.name, args: m.args })
    .then((res) =>
      answer(res.ok ? { ok: true, result: res.result } : { ok: false, error: res.error }),
    )
    .catch((err: unknown) =>
      answer({ ok: false, error: { name: 'NetworkError', message: String(err) } }),
    )
    .then(refresh);
}

function hostCall(frame: 'sidebar' | 'dialog', m: HostMessage): void {
  if (m.op === 'close') {
    if (frame === 'sidebar') closeSidebar();
    else closeDialog();
  } else if (m.op === 'setHeight' && frame === 'dialog') {
    dialogBox.style.height = `${Number(m.value) + 52}px`;
  } else if (m.op === 'setWidth' && frame === 'dialog') {
    dialogBox.style.width = `${Number(m.value)}px`;
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const source = event.source as Window | null;
  const frame =
    source && source === sidebarFrame.contentWindow
      ? 'sidebar'
      : source && source === dialogFrame.contentWindow
        ? 'dialog'
        : null;
  const m = event.data as RpcRequestMessage | HostMessage | null;
  if (!frame || !source || !m || typeof m !== 'object') return;
  if (m.type === 'gas-rpc') relayRpc(source, m);
  else if (m.type === 'gas-host') hostCall(frame, m);
});

// ---- cell selection -------------------------------------------------------------------------

grid.addEventListener('click', (ev) => {
  const td = (ev.target as Element | null)?.closest?.('td[data-a1]');
  if (!td) return;
  const row = Number(td.getAttribute('data-row'));
  const col = Number(td.getAttribute('data-col'));
  let a1 = td.getAttribute('data-a1') ?? '';
  if (ev.shiftKey && anchor) {
    const [r1, r2] = [Math.min(anchor.row, row), Math.max(anchor.row, row)];
    const [c1, c2] = [Math.min(anchor.col, col), Math.max(anchor.col, col)];
    a1 = `${letter(c1)}${r1}:${letter(c2)}${r2}`;
  } else {
    anchor = { row, col };
  }
  void act(post('/api/select', { sheet: grid.getAttribute('data-sheet'), a1 }));
});

// ---- language -------------------------------------------------------------------------------

function renderLocales(current: PreviewState): void {
  clear(localeSwitch);
  for (const choice of current.locales) {
    const option = el('option', { value: choice.locale }, choice.label);
    localeSwitch.appendChild(option);
  }
  localeSwitch.value = current.locale;
}

localeSwitch.addEventListener('change', () => {
  void act(post('/api/locale', { locale: localeSwitch.value }));
});

// ---- state ----------------------------------------------------------------------------------

function renderToasts(current: PreviewState): void {
  if (current.alerts.length < seenAlerts) seenAlerts = 0;
  for (const a of current.alerts.slice(seenAlerts)) {
    toast(a.title || 'Alert', `${a.prompt}\n(answered ${a.response})`);
  }
  seenAlerts = current.alerts.length;
  if (current.toasts.length < seenToasts) seenToasts = 0;
  for (const t of current.toasts.slice(seenToasts)) toast(t.title, t.message);
  seenToasts = current.toasts.length;
}

function render(current: PreviewState): void {
  if (current.session !== session) {
    session = current.session;
    shownSidebar = 0;
    shownDialog = 0;
    seenAlerts = current.alerts.length;
    seenToasts = current.toasts.length;
    closeSidebar();
    closeDialog();
    forgetSelection();
  }
  byId('doc-title').textContent = current.name;
  menuButton.textContent = 'Extensions';
  renderMenu(current);
  renderLocales(current);
  renderTabs(current, (sheet) => void act(post('/api/select', { sheet })));
  renderGrid(current, grid);
  renderPanels(current);
  renderToasts(current);
  const calls = Object.values(current.calls).reduce((n, c) => n + c, 0);
  byId('status').textContent =
    `${calls} SpreadsheetApp calls since start · simulated ${current.simulatedMs} ms`;
  version += 1;
  document.body.setAttribute('data-version', String(version));
  document.body.setAttribute('data-ready', 'true');
}

async function refresh(): Promise<void> {
  try {
    const res = await fetch('/api/state');
    state = (await res.json()) as PreviewState;
    render(state);
  } catch (err) {
    toast('Preview', `Could not load the state: ${String(err)}`, 'error');
  } finally {
    busy(false);
  }
}

async function act(promise: Promise<unknown>): Promise<void> {
  busy(true);
  try {
    await promise;
  } catch (err) {
    toast('Preview', String(err), 'error');
  }
  await refresh();
}

byId('reset-button').addEventListener('click', () => void act(post('/api/reset')));

(window as unknown as { previewRefresh: () => Promise<void> }).previewRefresh = refresh;
void refresh();
