/**
 * What the dashboard, highlight and action plan all start from: the seller's data sheets read
 * once each and the window evaluated, and the saved appeal checklist (and how it is saved).
 */
import type { Day, Table } from '../../core/engine/types';
import { readDataset } from '../../core/engine/dataset';
import type { Dataset } from '../../core/engine/dataset-types';
import { defectTableKind } from '../../core/engine/defects-table';
import {
  HEADER_SEARCH_ROWS,
  HEADER_SYNONYMS,
  acceptedHeaders,
  matchHeader,
  type Field,
} from '../../core/engine/columns';
import { parseDateString } from '../../core/engine/dates';
import { evaluateWindow, type WindowResult } from '../../core/engine/odr';
import { normalizeChecklist } from '../../core/plan/checklist';
import { t, type Locale } from '../../core/i18n';
import {
  PROPERTY_STORE_BYTES,
  PROPERTY_VALUE_BYTES,
  utf8Bytes,
} from '../../core/engine/platform-limits';
import type { ChecklistState, DataSources } from '../../core/wire/types';
import { userLocale } from './ui';
import { loadSettings, readJson } from './properties';
import { spreadsheetZone } from './zone';
import { findDataSources, readValues } from './data-sheets';

export const CHECKLIST_KEY = 'odrguard.checklist';

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

const HAN = /\p{Script=Han}/u;

/** Header names to suggest: for a Chinese seller the Chinese ones first, in Chinese quotes. */
function headerNames(field: Field, locale: Locale): string {
  if (locale !== 'zh') return acceptedHeaders(field);
  const names = HEADER_SYNONYMS[field];
  const chinese = names.filter((n) => HAN.test(n)).slice(0, 3);
  const english = names.filter((n) => !HAN.test(n)).slice(0, 3);
  return [...chinese, ...english].map((n) => `“${n}”`).join('、');
}

/**
 * Why the sheets cannot be read, in the seller's language — the cases readDataset refuses with
 * an English error (the custom functions' wording), checked the same way before it runs.
 */
function unreadable(
  orders: Table,
  defects: Table | null,
  names: { orders: string; defects: string | null },
  locale: Locale,
): string | null {
  const header = matchHeader(orders);
  if (!header) {
    return t(locale, 'data.noOrderIdColumn', {
      sheet: names.orders,
      rows: HEADER_SEARCH_ROWS,
      headers: headerNames('orderId', locale),
    });
  }
  if (header.columns.purchaseDate === undefined) {
    return t(locale, 'data.noPurchaseDate', {
      sheet: names.orders,
      headers: headerNames('purchaseDate', locale),
    });
  }
  if (defects && defects.length > 0) {
    const match = matchHeader(defects);
    if (!match || defectTableKind(match) === null) {
      return t(locale, 'data.defectsUnrecognised', { sheet: names.defects ?? '' });
    }
  }
  return null;
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
  const cannot = unreadable(
    orders,
    defects,
    { orders: sources.ordersSheet, defects: sources.defectsSheet },
    locale,
  );
  if (cannot !== null) return problem(cannot);
  const zone = spreadsheetZone();
  let data: Dataset;
  try {
    data = readDataset(orders, defects && defects.length > 0 ? defects : null, { zone });
  } catch (err) {
    // Not expected after the checks above; if it happens, the detail is the engine's English.
    return problem(
      t(locale, 'data.unreadable', { error: err instanceof Error ? err.message : String(err) }),
    );
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

export function loadChecklist(): { state: ChecklistState; reset: boolean } {
  const stored = readJson(CHECKLIST_KEY);
  const { state, reset } = normalizeChecklist(stored.value);
  return { state, reset: reset || stored.reset };
}

/**
 * Saves the checklist (normalised, stamped) as one property value, its size checked first: at
 * most PROPERTY_VALUE_BYTES (8,000) UTF-8 bytes, and room in the document's PROPERTY_STORE_BYTES
 * (src/core/engine/platform-limits.ts) — which the highlight's budget leaves free
 * (src/core/highlight/storage.ts), so a highlight cannot make this fail. Callers
 * hold the document lock.
 */
export function storeChecklist(input: ChecklistState): ChecklistState {
  const locale = userLocale();
  const normalized = normalizeChecklist(input).state;
  normalized.updated = new Date().toISOString();
  const text = JSON.stringify(normalized);
  const bytes = utf8Bytes(text);
  if (bytes > PROPERTY_VALUE_BYTES) {
    throw new Error(t(locale, 'checklist.tooLong', { bytes, max: PROPERTY_VALUE_BYTES }));
  }
  const properties = PropertiesService.getDocumentProperties();
  const all = properties.getProperties();
  let total = utf8Bytes(CHECKLIST_KEY) + bytes;
  for (const key of Object.keys(all)) {
    if (key !== CHECKLIST_KEY) total += utf8Bytes(key) + utf8Bytes(all[key]);
  }
  if (total > PROPERTY_STORE_BYTES) throw new Error(t(locale, 'checklist.storeFull'));
  properties.setProperty(CHECKLIST_KEY, text);
  return normalized;
}
