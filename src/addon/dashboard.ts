/** The sidebar's server side: the dashboard data, data-source and as_of choices, row selection. */
import type { ChannelScope, Day } from '../core/engine/types';
import { dayFromParts, dayOfInstant, dayToIso, parseDateString } from '../core/engine/dates';
import { evaluateWindow, type Window } from '../core/engine/odr';
import { checkLines } from '../core/functions/functions';
import { hasDefectColumns } from '../core/engine/columns';
import { mostUrgent } from '../core/engine/deadlines';
import { channelSummary as summariseChannel, missedTargetMessages } from '../core/engine/outlook';
import { excerpt } from '../core/engine/text';
import { orderRows, rowBlocks } from '../core/engine/order-rows';
import { removalSummary } from '../core/removal/summary';
import { msg, render, t, type Locale, type Message } from '../core/i18n';
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
import { spreadsheetZone } from './shared/zone';
import { loadSettings, saveSettings } from './shared/properties';
import { hasHighlights } from './shared/highlight-store';
import { loadChecklist, loadData, storeChecklist, type LoadedData } from './shared/load-data';
import { withDocumentLock } from './shared/lock';
import { loadAmazonFigures } from './shared/amazon-figures';
import { readDataVersion } from './shared/data-version';
import { restrictToSalesChannels } from '../core/engine/dataset';
import type { Dataset } from '../core/engine/dataset-types';
import { marketplaceOfSalesChannel } from '../core/import/health';

const COMMENT_LENGTH = 140;

function channelSummary(loaded: LoadedData, scope: ChannelScope): ChannelSummary {
  return summariseChannel(loaded.data, loaded.result, scope);
}

function defectItems(loaded: LoadedData, today: Day): DefectItem[] {
  const rowsOf = orderRows(
    loaded.orders,
    loaded.data.ordersHeaderRow,
    loaded.data.orderIdColumn,
    new Set(loaded.result.defective.map((order) => order.orderId)),
  );
  return loaded.result.defective.map((order) => {
    const first = loaded.data.orders.row[order.order];
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
      row: first,
      rows: rowsOf.get(order.orderId) ?? [first],
    };
  });
}

/** The window's two days as the seller's language writes a range ("… to …", "…至…"). */
function windowRange(window: Window): Message {
  return msg('common.dayRange', {
    from: { day: dayToIso(window.start) },
    to: { day: dayToIso(window.end) },
  });
}

/** The metrics that miss target, for checklist step 2 (docs/rules.md §5). */
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
    today: dayToIso(dayOfInstant(Date.now(), spreadsheetZone())),
    removal: { candidates: [], ifRemoved: [] },
    topProducts: [],
    readiness: null,
    dataVersion: readDataVersion(),
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
      t(locale, 'dashboard.emptyWindow', { window: windowRange(loaded.result.window) }),
      loaded.sources,
    );
  }
  const channels = scopes.map((scope) => channelSummary(loaded, scope));
  const today = dayOfInstant(Date.now(), loaded.data.zone);
  const checklist = loadChecklist();
  const notes = [
    settingsRead.reset ? t(locale, 'state.resetSettings') : '',
    checklist.reset ? t(locale, 'state.resetChecklist') : '',
    // Never a silent zero: no defects sheet and no defect columns means nothing can count.
    loaded.defectsSheet === null && !hasDefectColumns(loaded.orders)
      ? t(locale, 'data.noDefectSource', { sources: t(locale, 'sidebar.sources.heading') })
      : '',
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
    today: dayToIso(today),
    // The negative feedback Amazon may remove, and each channel's rate if it removed every one
    // still within its 90 days (core/removal; docs/rules.md §3), in the sidebar's words.
    removal: removalSummary(loaded.result, today, locale, 'appeal'),
    topProducts: [],
    readiness: null,
    dataVersion: readDataVersion(),
    sources: loaded.sources,
    checklist: checklist.state,
    missedTargets: missedTargets(channels, loaded.result.window, locale),
    highlightActive: hasHighlights(),
    findings: [
      ...notes,
      ...checkLines(loaded.data, loaded.orders, loaded.defects ?? undefined, locale, loaded.asOf),
    ],
    amazonFigures: compareWithAmazon(loaded),
    problem: null,
  };
}

/**
 * Amazon's imported figures beside ours for the same marketplace and window (ending on Amazon's
 * last day), never across marketplaces (issue 12): a figure is matched to our orders by their
 * sales channel (Amazon.com, Amazon.ca …); without a sales-channel column only a report of one
 * marketplace is compared. Figures that match none of our orders say why.
 */
function compareWithAmazon(loaded: LoadedData): AmazonComparison[] {
  const figures = loadAmazonFigures();
  if (figures.length === 0) return [];
  const { data } = loaded;
  const hasSalesColumn = data.orders.salesChannel.length > 0 || data.orders.ids.length === 0;
  const ourMarketplaces = new Map<string, number[]>();
  data.orders.salesChannels.forEach((name, k) => {
    const marketplace = marketplaceOfSalesChannel(name);
    if (marketplace !== null)
      ourMarketplaces.set(marketplace, [...(ourMarketplaces.get(marketplace) ?? []), k]);
  });
  // Figures saved without their marketplace (older imports) still tell how many marketplaces
  // the report held: one MFN and one AFN figure each.
  const known = new Set(figures.map((f) => f.marketplaceId ?? f.marketplace ?? null));
  known.delete(null);
  const unnamed = (['MFN', 'AFN'] as const).map(
    (scope) =>
      figures.filter((f) => f.scope === scope && !f.marketplaceId && !f.marketplace).length,
  );
  const onlyOne = known.size + Math.max(...unnamed) === 1;
  const subsets = new Map<string, Dataset>();
  return figures.map((figure): AmazonComparison => {
    const notCompared = (why: AmazonComparison['notComparedBecause']): AmazonComparison => ({
      ...figure,
      ours: null,
      matchedBy: null,
      notComparedBecause: why,
    });
    let subset: Dataset;
    let matchedBy: AmazonComparison['matchedBy'];
    const marketplace = figure.marketplace ?? null;
    if (hasSalesColumn && marketplace !== null) {
      const channels = ourMarketplaces.get(marketplace);
      if (!channels) return notCompared('noOrdersInMarketplace');
      subset = subsets.get(marketplace) ?? restrictToSalesChannels(data, channels);
      subsets.set(marketplace, subset);
      matchedBy = 'salesChannel';
    } else if (onlyOne && (!hasSalesColumn || ourMarketplaces.size <= 1)) {
      subset = data;
      matchedBy = 'onlyMarketplace';
    } else if (!hasSalesColumn) {
      return notCompared('noSalesChannel');
    } else {
      return notCompared(marketplace === null ? 'unknownMarketplace' : 'noOrdersInMarketplace');
    }
    const end = figure.to === null ? null : parseDateString(figure.to, 'YMD', data.zone);
    if (end === null) return { ...notCompared('noWindow'), matchedBy };
    const result =
      subset === data && end === loaded.asOf ? loaded.result : evaluateWindow(subset, end);
    const stats = result.stats[subset.orders.hasChannelColumn ? figure.scope : 'ALL'];
    return {
      ...figure,
      ours: { orders: stats.orders, defective: stats.defective, rate: stats.rate },
      matchedBy,
      notComparedBecause: null,
    };
  });
}

export function setDataSources(ordersSheet: string | null, defectsSheet: string | null): Dashboard {
  const locale = userLocale();
  withDocumentLock(() => {
    // Only a sheet of this spreadsheet (or none) is saved: anything else would be stored and
    // then silently reset, or refused by the property store in English.
    const spreadsheet = SpreadsheetApp.getActive();
    const choices: unknown[] = [ordersSheet, defectsSheet === '' ? null : defectsSheet];
    for (const name of choices) {
      if (name === null) continue;
      if (typeof name !== 'string' || !spreadsheet.getSheetByName(name))
        throw new Error(t(locale, 'data.sheetMissing', { name: excerpt(String(name), 40) }));
    }
    saveSettings({ ordersSheet, defectsSheet });
  });
  return getDashboard();
}

/** Sets the window's last day ('YYYY-MM-DD', a real calendar day) or null for "latest order". */
export function setAsOf(asOf: string | null): Dashboard {
  const locale = userLocale();
  if (asOf !== null) {
    const text = String(asOf);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
      throw new Error(t(locale, 'dashboard.badAsOf', { value: excerpt(text, 40) }));
    const [year, month, day] = text.split('-').map(Number);
    if (dayFromParts(year, month, day) === null)
      throw new Error(t(locale, 'asOf.impossible', { value: text }));
  }
  withDocumentLock(() => saveSettings({ asOf }));
  return getDashboard();
}

/**
 * The data stamp the writers move (shared/data-version.ts): the open sidebar polls this every few
 * seconds and reloads the dashboard when it changed. One property read, no spreadsheet call.
 */
export function getDataVersion(): string {
  return readDataVersion();
}

/**
 * Selects an order's rows so the seller sees them (clicking a defect or a feedback in the
 * sidebar): `row`, or every row in `rows` — an order's item rows — as one selection (a RangeList
 * when they are not one block).
 */
export function selectDefectRow(sheetName: string, row: number, rows?: number[]): void {
  const locale = userLocale();
  const spreadsheet = SpreadsheetApp.getActive();
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(t(locale, 'data.sheetMissing', { name: sheetName }));
  const wanted = Array.isArray(rows) && rows.length > 0 ? rows : [row];
  const maxRows = sheet.getMaxRows();
  for (const r of wanted) {
    if (!Number.isInteger(r) || r < 1 || r > maxRows)
      throw new Error(t(locale, 'dashboard.rowMissing', { row: r, sheet: sheetName }));
  }
  const width = Math.max(1, sheet.getLastColumn());
  const blocks = rowBlocks(wanted);
  spreadsheet.setActiveSheet(sheet);
  if (blocks.length === 1) {
    const [from, to] = blocks[0];
    sheet.getRange(from, 1, to - from + 1, width).activate();
    return;
  }
  sheet
    .getRangeList(
      blocks.map(([from, to]) => sheet.getRange(from, 1, to - from + 1, width).getA1Notation()),
    )
    .activate();
}

export function saveChecklist(state: ChecklistState): ChecklistState {
  return withDocumentLock(() => storeChecklist(state));
}
