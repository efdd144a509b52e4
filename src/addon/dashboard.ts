/** The sidebar's server side: the dashboard data, data-source and as_of choices, row selection. */
import type { ChannelScope, Day } from '../core/engine/types';
import { dayOfInstant, dayToIso, parseDateString } from '../core/engine/dates';
import { describeWindow, evaluateWindow, type Window } from '../core/engine/odr';
import { checkLines } from '../core/functions/functions';
import { mostUrgent } from '../core/engine/deadlines';
import { channelSummary as summariseChannel, missedTargetMessages } from '../core/engine/outlook';
import { normalizeChecklist } from '../core/plan/checklist';
import { excerpt } from '../core/engine/text';
import { render, t, type Locale } from '../core/i18n';
import type { DefectType } from '../core/engine/types';
import type {
  AmazonComparison,
  DataSources,
  ChannelSummary,
  ChecklistState,
  Dashboard,
  DefectItem,
} from '../core/wire/types';
import { userLocale } from './shared/ui';
import { loadSettings, saveSettings, writeJson } from './shared/properties';
import { hasHighlights } from './shared/highlight-store';
import { CHECKLIST_KEY, loadChecklist, loadData, type LoadedData } from './shared/load-data';
import { loadAmazonFigures } from './shared/amazon-figures';

const COMMENT_LENGTH = 140;

function channelSummary(loaded: LoadedData, scope: ChannelScope): ChannelSummary {
  return summariseChannel(loaded.data, loaded.result, scope);
}

function defectItems(loaded: LoadedData, today: Day): DefectItem[] {
  return loaded.result.defective.map((order) => {
    const types: DefectType[] = [];
    if (order.negativeFeedback) types.push('negativeFeedback');
    if (order.atoz) types.push('atoz');
    if (order.chargeback) types.push('chargeback');
    const deadline = mostUrgent(order.records, today);
    return {
      orderId: order.orderId,
      orderDate: dayToIso(order.day),
      channel: order.channel,
      types,
      comment: excerpt(
        order.records.map((r) => r.comment).find((c) => c !== '') ?? '',
        COMMENT_LENGTH,
      ),
      reason: excerpt(
        order.records.map((r) => r.reason).find((c) => c !== '') ?? '',
        COMMENT_LENGTH,
      ),
      leavesWindowOn: dayToIso(order.leavesOn),
      deadline: deadline && {
        kind: deadline.kind,
        by: dayToIso(deadline.by),
        passed: deadline.passed,
      },
      sheet: loaded.ordersSheet,
      row: loaded.data.orders.row[order.order],
    };
  });
}

/** The metrics that miss target, for checklist step 2 (odr-rules §5). */
export function missedTargets(
  channels: ChannelSummary[],
  window: Window,
  locale: Locale,
): string[] {
  return missedTargetMessages(channels, window).map((m) => render(locale, m));
}

function emptyDashboard(locale: Locale, problem: string, sources: DataSources): Dashboard {
  const { settings } = loadSettings();
  return {
    locale,
    asOf: null,
    asOfSetting: settings.asOf,
    window: null,
    channels: [],
    defects: [],
    sources,
    checklist: loadChecklist().state,
    missedTargets: [],
    highlightActive: hasHighlights(),
    findings: [],
    amazonFigures: loadAmazonFigures().map((figure) => ({ ...figure, ours: null })),
    problem,
  };
}

/** Everything the sidebar shows, in one call. */
export function getDashboard(): Dashboard {
  const locale = userLocale();
  const settingsRead = loadSettings();
  const loaded = loadData();
  if ('problem' in loaded) return emptyDashboard(locale, loaded.problem, loaded.sources);
  const scopes = loaded.result.scopes;
  if (scopes.length === 0) {
    return emptyDashboard(
      locale,
      t(locale, 'dashboard.emptyWindow', { window: describeWindow(loaded.result.window) }),
      loaded.sources,
    );
  }
  const channels = scopes.map((scope) => channelSummary(loaded, scope));
  const today = dayOfInstant(Date.now(), loaded.data.zone);
  const checklist = loadChecklist();
  const notes = [
    settingsRead.reset ? t(locale, 'state.resetSettings') : '',
    checklist.reset ? t(locale, 'state.resetChecklist') : '',
  ].filter(Boolean);
  return {
    locale,
    asOf: dayToIso(loaded.asOf),
    asOfSetting: settingsRead.settings.asOf,
    window: {
      start: dayToIso(loaded.result.window.start),
      end: dayToIso(loaded.result.window.end),
    },
    channels,
    defects: defectItems(loaded, today),
    sources: loaded.sources,
    checklist: checklist.state,
    missedTargets: missedTargets(channels, loaded.result.window, locale),
    highlightActive: hasHighlights(),
    findings: [
      ...notes,
      ...checkLines(loaded.data, loaded.orders, loaded.defects ?? undefined, locale),
    ],
    amazonFigures: compareWithAmazon(loaded),
    problem: null,
  };
}

/** Amazon's imported figures beside ours for the same window (ending on Amazon's last day). */
function compareWithAmazon(loaded: LoadedData): AmazonComparison[] {
  return loadAmazonFigures().map((figure) => {
    const end = parseDateString(figure.to, 'YMD', loaded.data.zone);
    if (end === null) return { ...figure, ours: null };
    const result = end === loaded.asOf ? loaded.result : evaluateWindow(loaded.data, end);
    const stats = result.stats[loaded.data.orders.hasChannelColumn ? figure.scope : 'ALL'];
    return {
      ...figure,
      ours: { orders: stats.orders, defective: stats.defective, rate: stats.rate },
    };
  });
}

export function setDataSources(ordersSheet: string | null, defectsSheet: string | null): Dashboard {
  saveSettings({ ordersSheet, defectsSheet });
  return getDashboard();
}

export function setAsOf(asOf: string | null): Dashboard {
  if (asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new Error(`as_of: "${asOf}" is not a date like 2024-01-14.`);
  }
  saveSettings({ asOf });
  return getDashboard();
}

/** Selects an order's row so the seller sees it (clicking a defect in the sidebar). */
export function selectDefectRow(sheetName: string, row: number): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(t(userLocale(), 'data.sheetMissing', { name: sheetName }));
  if (!Number.isInteger(row) || row < 1 || row > sheet.getMaxRows())
    throw new Error(`Row ${row} is not in sheet "${sheetName}".`);
  spreadsheet.setActiveSheet(sheet);
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
}

export function saveChecklist(state: ChecklistState): ChecklistState {
  const normalized = normalizeChecklist(state).state;
  normalized.updated = new Date().toISOString();
  writeJson(CHECKLIST_KEY, normalized);
  return normalized;
}
