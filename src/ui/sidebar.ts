/// <reference lib="dom" />
/**
 * The ODR dashboard sidebar: loads the dashboard from the server, draws it, and sends the
 * seller's actions back. Each part of the page has its own slot so an action redraws only its
 * part; the views are in view-*.ts, the logic in model.ts.
 */
import type { ChecklistState, Dashboard, DefectItem } from '../core/wire/types';
import { normalizeChecklist } from '../core/plan/checklist';
import { localeOf, t, type Locale } from '../core/i18n';
import { h, replaceChildren } from './dom';
import { formatTime } from './format';
import { ChecklistSaver, type DefectFilter, type SaveStatus } from './model';
import { callServer, readableMessage } from './rpc';
import { renderChecklist, type ChecklistHandles, type PlanStatus } from './view-checklist';
import { PAGE_SIZE, itemKey, renderDefects, type DefectsView } from './view-defects';
import { renderFindings, renderOdr, renderSources } from './view-odr';

interface Failure {
  message: string;
  retry: () => void;
}

// Before the first answer the server's locale is unknown; the browser's is the best guess.
let locale: Locale = localeOf(navigator.language);
let dashboard: Dashboard | null = null;
let checklist: ChecklistState | null = null;
let loading = false;
let loadedAt: Date | null = null;
let queued: (() => Promise<Dashboard>) | null = null;
let failure: Failure | null = null;
const defectsView: DefectsView = {
  filter: 'all',
  limit: PAGE_SIZE,
  selected: null,
  highlightMessage: '',
  highlightBusy: false,
};
let openSteps: Set<number> | null = null;
let plan: PlanStatus = { busy: false, message: '', error: false };
let checklistHandles: ChecklistHandles | null = null;
let saveStatus: { status: SaveStatus; error?: string } = { status: 'idle' };

const saver = new ChecklistSaver(
  (state) => callServer('saveChecklist', state),
  (status, error) => {
    saveStatus = { status, error: error === undefined ? undefined : readableMessage(error) };
    checklistHandles?.setStatus(saveStatus.status, saveStatus.error);
  },
);

// ---- page skeleton ---------------------------------------------------------------------

function mustFind(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`sidebar.html lacks #${id}`);
  return el;
}

const app = mustFind('app');
const slots = {
  header: h('header', { class: 'top' }),
  banner: h('div', { class: 'banner-slot' }),
  body: h('main', { class: 'body' }),
};
const sections = {
  odr: h('div'),
  sources: h('div'),
  findings: h('div'),
  defects: h('div'),
  checklist: h('div'),
};
replaceChildren(app, h('div', { class: 'sticky' }, slots.header, slots.banner), slots.body);

const openSections = new Set<string>();

/** Redraws a part and gives focus back to the control that had it (same data-testid). */
function redraw(slot: HTMLElement, ...children: (Node | null)[]): void {
  const active = document.activeElement;
  const testid = active instanceof HTMLElement ? active.getAttribute('data-testid') : null;
  const hadFocus = active !== null && slot.contains(active);
  // Fold-outs the seller opened (data used, data notes) stay open across a redraw.
  slot.querySelectorAll('details.section[open][data-testid]').forEach((d) => {
    openSections.add(d.getAttribute('data-testid') ?? '');
  });
  slot.querySelectorAll('details.section:not([open])[data-testid]').forEach((d) => {
    openSections.delete(d.getAttribute('data-testid') ?? '');
  });
  replaceChildren(slot, ...children);
  slot.querySelectorAll<HTMLDetailsElement>('details.section[data-testid]').forEach((d) => {
    if (openSections.has(d.getAttribute('data-testid') ?? '')) d.open = true;
  });
  if (hadFocus && testid) {
    const again = slot.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testid)}"]`);
    again?.focus();
  }
}

// ---- drawing ---------------------------------------------------------------------------

function drawHeader(): void {
  const refresh = h(
    'button',
    {
      class: 'btn btn-icon',
      testid: 'refresh',
      title: t(locale, 'sidebar.refresh'),
      attrs: { type: 'button' },
      on: { click: () => void load(() => callServer('getDashboard')) },
    },
    h('span', {
      class: `refresh-icon${loading ? ' spinning' : ''}`,
      attrs: { 'aria-hidden': 'true' },
    }),
    h('span', { text: t(locale, 'sidebar.refresh') }),
  );
  refresh.disabled = loading;
  // Apps Script shows the sidebar's title above the frame, so the header says how fresh it is.
  const status =
    loading && dashboard
      ? t(locale, 'sidebar.refreshing')
      : loadedAt
        ? t(locale, 'sidebar.updatedAt', { time: formatTime(loadedAt, locale) })
        : '';
  redraw(
    slots.header,
    h('span', { class: 'muted small header-status', testid: 'header-status', text: status }),
    refresh,
  );
}

function drawBanner(): void {
  if (!failure) {
    redraw(slots.banner);
    return;
  }
  const { message, retry } = failure;
  redraw(
    slots.banner,
    h(
      'div',
      { class: 'box box-error', testid: 'error', attrs: { role: 'alert' } },
      h('strong', { text: t(locale, 'sidebar.error.title') }),
      h('p', { testid: 'error-message', text: message }),
      h(
        'div',
        { class: 'btn-row' },
        h('button', {
          class: 'btn btn-primary',
          testid: 'retry',
          text: t(locale, 'sidebar.error.retry'),
          attrs: { type: 'button' },
          on: {
            click: () => {
              failure = null;
              drawBanner();
              retry();
            },
          },
        }),
        dashboard &&
          h('button', {
            class: 'btn btn-text',
            testid: 'dismiss',
            text: '×',
            title: t(locale, 'sidebar.error.dismiss'),
            attrs: { type: 'button', 'aria-label': t(locale, 'sidebar.error.dismiss') },
            on: {
              click: () => {
                failure = null;
                drawBanner();
              },
            },
          }),
      ),
    ),
  );
}

function drawDefects(): void {
  if (!dashboard || dashboard.problem) return;
  redraw(
    sections.defects,
    renderDefects(dashboard, defectsView, {
      setFilter: (filter: DefectFilter) => {
        defectsView.filter = filter;
        defectsView.limit = PAGE_SIZE;
        drawDefects();
      },
      showMore: () => {
        defectsView.limit += PAGE_SIZE;
        drawDefects();
      },
      select: (item) => void selectItem(item),
      highlight: () => void runHighlight('highlightDefects'),
      clear: () => void runHighlight('clearHighlights'),
    }),
  );
}

function drawChecklist(): void {
  if (!dashboard || dashboard.problem || !checklist) return;
  checklistHandles = renderChecklist(
    locale,
    { state: checklist, missedTargets: dashboard.missedTargets, open: openSteps },
    {
      change: (state) => {
        checklist = state;
        saver.schedule(state);
      },
      flush: () => void saver.flush(),
      writePlan: () => void writePlan(),
      toggle: (step, open) => {
        if (!openSteps) {
          openSteps = new Set();
          app.querySelectorAll<HTMLDetailsElement>('details.step').forEach((d, i) => {
            if (d.open) openSteps?.add(i);
          });
        }
        if (open) openSteps.add(step);
        else openSteps.delete(step);
      },
    },
  );
  checklistHandles.setStatus(saveStatus.status, saveStatus.error);
  checklistHandles.setPlan(plan);
  redraw(sections.checklist, checklistHandles.element);
}

function drawBody(): void {
  app.setAttribute('aria-busy', String(loading));
  if (!dashboard) {
    redraw(
      slots.body,
      failure
        ? null
        : h(
            'div',
            { class: 'loading', testid: 'loading' },
            h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
            h('span', { text: t(locale, 'sidebar.loading') }),
          ),
    );
    return;
  }
  const d = dashboard;
  const odrActions = {
    setAsOf: (asOf: string | null) => void load(() => callServer('setAsOf', asOf)),
    setSources: (orders: string | null, defects: string | null) =>
      void load(() => callServer('setDataSources', orders, defects)),
  };
  redraw(sections.sources, renderSources(d, odrActions));
  if (d.problem) {
    // Nothing to compute on: say what to do, and keep the sheet picker (it may be the fix).
    redraw(
      slots.body,
      h(
        'div',
        { class: 'box box-info', testid: 'problem' },
        h('strong', { text: t(locale, 'sidebar.problem.title') }),
        h('p', { text: d.problem }),
      ),
      sections.sources,
    );
    return;
  }
  redraw(sections.odr, renderOdr(d, odrActions));
  redraw(sections.findings, renderFindings(d.findings, locale));
  drawDefects();
  drawChecklist();
  redraw(
    slots.body,
    sections.odr,
    sections.sources,
    sections.findings,
    sections.defects,
    sections.checklist,
  );
}

function drawAll(): void {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  document.title = t(locale, 'sidebar.title');
  drawHeader();
  drawBanner();
  drawBody();
}

// ---- actions ---------------------------------------------------------------------------

function fail(error: unknown, retry: () => void): void {
  failure = { message: readableMessage(error) || t(locale, 'sidebar.error.unknown'), retry };
  drawBanner();
  if (!dashboard) drawBody();
}

/** Every call that answers with a fresh dashboard: load, refresh, as-of, data sources. */
async function load(call: () => Promise<Dashboard>): Promise<void> {
  if (loading) {
    // The latest choice (e.g. a second date picked while the first loads) runs next.
    queued = call;
    return;
  }
  loading = true;
  drawHeader();
  app.setAttribute('aria-busy', 'true');
  try {
    // Unsaved ticks first, so the dashboard that comes back carries them.
    await saver.flush();
    const d = await call();
    dashboard = d;
    locale = d.locale;
    loadedAt = new Date();
    failure = null;
    // While an edit is still on its way the local checklist is newer than the server's.
    if (!saver.busy) checklist = normalizeChecklist(d.checklist).state;
    if (!d.defects.some((item) => itemKey(item) === defectsView.selected)) {
      defectsView.selected = null;
    }
  } catch (error) {
    failure = {
      message: readableMessage(error) || t(locale, 'sidebar.error.unknown'),
      retry: () => void load(call),
    };
  } finally {
    loading = false;
    drawAll();
  }
  const next = queued;
  queued = null;
  if (next) await load(next);
}

async function selectItem(item: DefectItem): Promise<void> {
  defectsView.selected = itemKey(item);
  app.querySelectorAll<HTMLElement>('[data-testid="defect-item"]').forEach((el) => {
    const on = `${el.dataset.sheet}!${el.dataset.row}` === defectsView.selected;
    el.classList.toggle('selected', on);
    el.setAttribute('aria-current', String(on));
  });
  try {
    await callServer('selectDefectRow', item.sheet, item.row);
  } catch (error) {
    fail(error, () => void selectItem(item));
  }
}

async function runHighlight(name: 'highlightDefects' | 'clearHighlights'): Promise<void> {
  defectsView.highlightBusy = true;
  drawDefects();
  try {
    const result = await callServer(name);
    defectsView.highlightMessage = result.message;
    if (dashboard) {
      dashboard = {
        ...dashboard,
        highlightActive: name === 'highlightDefects' ? result.rows > 0 : false,
      };
    }
  } catch (error) {
    fail(error, () => void runHighlight(name));
  } finally {
    defectsView.highlightBusy = false;
    drawDefects();
  }
}

async function writePlan(): Promise<void> {
  plan = { busy: true, message: '', error: false };
  checklistHandles?.setPlan(plan);
  try {
    const result = await callServer('writeActionPlan');
    plan = { busy: false, message: result.message, error: false };
  } catch (error) {
    plan = {
      busy: false,
      message: readableMessage(error) || t(locale, 'sidebar.error.unknown'),
      error: true,
    };
  }
  checklistHandles?.setPlan(plan);
}

// A closing sidebar may still deliver one last call; a pending note should not wait 800 ms.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void saver.flush();
});
window.addEventListener('pagehide', () => void saver.flush());

drawAll();
void load(() => callServer('getDashboard'));
