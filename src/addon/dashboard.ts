/** The sidebar's server side: the dashboard data, data-source and as_of choices, row selection. */
import type { ChannelScope, Day, Table } from '../core/types';
import { readDataset, type Dataset } from '../core/dataset';
import { dayOfInstant, dayToIso, parseDateString } from '../core/dates';
import { describeWindow, evaluateWindow, type WindowResult } from '../core/odr';
import { checkLines } from '../core/functions';
import { mostUrgent } from '../core/deadlines';
import { channelOutlook } from '../core/outlook';
import { normalizeChecklist } from '../core/checklist';
import { excerpt } from '../core/text';
import { t, type Locale } from '../core/messages';
import type { DefectType } from '../core/types';
import type {
  AmazonComparison,
  DataSources,
  ChannelSummary,
  ChecklistState,
  Dashboard,
  DefectItem,
} from './api-types';
import { userLocale } from './locale';
import { loadSettings, readJson, saveSettings, writeJson } from './settings';
import { spreadsheetZone } from './zone';
import { findDataSources, readValues } from './workbook';
import { hasHighlights } from './highlight';
import { loadAmazonFigures } from './amazon-figures';

const CHECKLIST_KEY = 'odrguard.checklist';
const COMMENT_LENGTH = 140;

/** What the dashboard, highlight and action plan all start from: the data read once. */
export interface LoadedData {
  ordersSheet: string;
  defectsSheet: string | null;
  orders: Table;
  defects: Table | null;
  data: Dataset;
  asOf: Day;
  result: WindowResult;
  sources: DataSources;
}

/** Why there is nothing to compute on, and which sheets were looked at. */
export interface LoadProblem {
  problem: string;
  sources: DataSources;
}

/** Reads the orders and defects sheets (one read each) and evaluates the window. */
export function loadData(): LoadedData | LoadProblem {
  const locale = userLocale();
  const spreadsheet = SpreadsheetApp.getActive();
  const { settings } = loadSettings();
  const sources = findDataSources(spreadsheet, settings);
  const problem = (text: string): LoadProblem => ({ problem: text, sources });
  if (sources.ordersSheet === null) return problem(t(locale, 'data.noOrders'));
  const ordersSheet = spreadsheet.getSheetByName(sources.ordersSheet);
  if (!ordersSheet) return problem(t(locale, 'data.sheetMissing', { name: sources.ordersSheet }));
  const defectsSheet = sources.defectsSheet
    ? spreadsheet.getSheetByName(sources.defectsSheet)
    : null;
  const orders = readValues(ordersSheet);
  const defects = defectsSheet ? readValues(defectsSheet) : null;
  const zone = spreadsheetZone();
  let data: Dataset;
  try {
    data = readDataset(orders, defects && defects.length > 0 ? defects : null, { zone });
  } catch (err) {
    return problem(err instanceof Error ? err.message : String(err));
  }
  const asOf =
    settings.asOf !== null ? parseDateString(settings.asOf, 'YMD', zone) : data.orders.maxDay;
  if (asOf === null) return problem(t(locale, 'data.noOrders'));
  return {
    ordersSheet: sources.ordersSheet,
    defectsSheet: defectsSheet ? sources.defectsSheet : null,
    orders,
    defects,
    data,
    asOf,
    result: evaluateWindow(data, asOf),
    sources,
  };
}

function channelSummary(loaded: LoadedData, scope: ChannelScope): ChannelSummary {
  const o = channelOutlook(loaded.data, loaded.result, scope);
  const iso = (day: Day | null) => (day === null ? null : dayToIso(day));
  return {
    scope,
    orders: o.orders,
    defective: o.defective,
    rate: o.rate,
    negativeFeedback: o.negativeFeedback,
    atoz: o.atoz,
    chargeback: o.chargeback,
    status: o.underTarget ? 'OK' : 'AT RISK',
    pointsPerDefect: o.pointsPerDefect,
    ordersNeeded: o.ordersNeeded,
    nextDropOff: iso(o.nextDropOff),
    backUnderTargetOn: iso(o.backUnderTargetOn),
  };
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

function percent(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(2)}%`;
}

/** The metrics that miss target, for checklist step 2 (odr-rules §5). */
export function missedTargets(
  channels: ChannelSummary[],
  window: string,
  locale: Locale,
): string[] {
  return channels
    .filter((c) => c.status === 'AT RISK')
    .map((c) =>
      t(locale, 'dashboard.missedTarget', {
        channel: c.scope,
        rate: percent(c.rate),
        defective: c.defective,
        orders: c.orders,
        window,
      }),
    );
}

export function loadChecklist(): { state: ChecklistState; reset: boolean } {
  const stored = readJson(CHECKLIST_KEY);
  const { state, reset } = normalizeChecklist(stored.value);
  return { state, reset: reset || stored.reset };
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
    missedTargets: missedTargets(channels, describeWindow(loaded.result.window), locale),
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
