/**
 * An in-memory Apps Script emulator for an editor add-on: an emulated spreadsheet behind
 * SpreadsheetApp and friends, and a loader that runs the built dist/Code.js in a fresh node:vm
 * context holding only those globals plus JavaScript's built-ins. See README.md beside this file.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { a1, displayText, isDateCell, isFormulaCell, parseA1, toStored } from './cells';
import {
  CELL_READ_METHODS,
  Core,
  DEFAULT_LATENCY,
  EXTERNAL_OWNER,
  type ActiveRange,
  type Execution,
  type FormulaEvaluator,
  HOST_REALM,
  type LatencyTable,
  type LockKind,
  type Realm,
  type SheetModel,
  type UiRecord,
  cellKey,
  realmOf,
} from './core';
import { customFunctionEvaluator } from './formulas';
import { HtmlServiceImpl } from './html';
import {
  CacheServiceImpl,
  LockServiceImpl,
  PropertiesServiceImpl,
  SessionImpl,
  UtilitiesImpl,
  makeConsole,
  makeLogger,
  makeScriptApp,
} from './services';
import { SpreadsheetAppImpl, SpreadsheetImpl, rangeFromA1 } from './spreadsheet';

export { CELL_CHARACTER_LIMIT, CELL_LIMIT, Core, DEFAULT_LATENCY, FormulaError } from './core';
export type {
  AlertRecord,
  FormulaEvaluator,
  FormulaSite,
  HtmlRecord,
  LatencyTable,
  LockKind,
  MenuEntryRecord,
  MenuRecord,
  UiRecord,
} from './core';
export {
  DEFAULT_NUMBER_FORMAT,
  FORMULA_PLACEHOLDER,
  PLAIN_TEXT_FORMAT,
  a1,
  columnLetter,
  parseA1,
} from './cells';
export { calledFunctions, customFunctionEvaluator, parseFormula } from './formulas';
export { formatDatePattern } from './dates';
export { CACHE_VALUE_LIMIT, PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from './services';
export type {
  ProtectionImpl,
  RangeImpl,
  RangeListImpl,
  SheetImpl,
  SpreadsheetImpl,
} from './spreadsheet';

export interface EmulatorOptions {
  /** Session.getActiveUserLocale(); default 'en'. */
  locale?: string;
  /** Spreadsheet locale (parsing of typed dates); default 'en_US'. */
  spreadsheetLocale?: string;
  /** Spreadsheet time zone; default 'Etc/UTC'. */
  timeZone?: string;
  /** Session.getScriptTimeZone(); default: the spreadsheet's zone. */
  scriptTimeZone?: string;
  /** Where HtmlService.createHtmlOutputFromFile reads pages; default 'dist'. */
  distDir?: string;
  /**
   * Initial sheets, in order, each a grid of values written as a person typing them would
   * (strings parsed to numbers and dates, '=…' as formulas). Default: one empty 'Sheet1'.
   */
  sheets?: Record<string, unknown[][]>;
  /** Per-call simulated latency; missing entries take DEFAULT_LATENCY's. */
  latencyMs?: Partial<LatencyTable>;
  /** Clock for cache expiry; default Date.now. */
  now?: () => number;
  /** Caption of createAddonMenu()'s menu (Sheets shows the add-on's name). */
  addonName?: string;
  name?: string;
  id?: string;
  /** Print Logger/console output to stdout; default true (quiet). */
  quiet?: boolean;
}

export type AppsScriptGlobals = Record<string, unknown>;

export interface ExecutionHandle {
  readonly execution: Execution;
  readonly globals: AppsScriptGlobals;
}

const READ_CALLS = CELL_READ_METHODS.map((m) => `Range.${m}`);

function isWriteCall(qualified: string): boolean {
  const [cls, method] = qualified.split('.');
  if (cls === 'Range') return /^(set|clear|insertCheckboxes|merge|breakApart)/.test(method);
  if (cls === 'RangeList') return /^(set|clear)/.test(method);
  if (cls === 'Sheet') return /^(appendRow|clear|insert|delete|hide|show)/.test(method);
  return false;
}

/** A JSON-friendly view of a cell value: dates as ISO strings. */
export function plainValue(v: unknown): unknown {
  if (v === undefined || v === null) return '';
  if (isDateCell(v)) return new Date(v.ms).toISOString();
  if (isFormulaCell(v)) return '';
  if (Object.prototype.toString.call(v) === '[object Date]') return (v as Date).toISOString();
  return v;
}

export class Emulator {
  readonly core: Core;
  /** The first execution: what `globals` and `spreadsheet` are bound to. */
  readonly execution: Execution;
  readonly globals: AppsScriptGlobals;
  readonly spreadsheet: SpreadsheetImpl;
  private nextExecutionId = 2;
  /** The vm context of the last loadBundleInEmulator call. */
  context: (vm.Context & Record<string, unknown>) | undefined;

  constructor(options: EmulatorOptions = {}) {
    const timeZone = options.timeZone ?? 'Etc/UTC';
    this.core = new Core({
      timeZone,
      locale: options.spreadsheetLocale ?? 'en_US',
      userLocale: options.locale ?? 'en',
      scriptTimeZone: options.scriptTimeZone ?? timeZone,
      distDir: resolve(options.distDir ?? 'dist'),
      latency: { ...DEFAULT_LATENCY, ...options.latencyMs },
      now: options.now ?? Date.now,
      name: options.name ?? 'Emulated spreadsheet',
      id: options.id ?? '1EmulatedSpreadsheetId0000000000000000000000',
      addonName: options.addonName ?? 'Add-on',
      quiet: options.quiet ?? true,
    });
    const sheets = options.sheets ?? { Sheet1: [] };
    for (const [name, rows] of Object.entries(sheets)) this.seedSheet(name, rows);
    if (this.core.sheets.length === 0) this.core.addSheet('Sheet1');
    this.core.activeSheetId = this.core.sheets[0].id;
    this.execution = { id: 1, realm: HOST_REALM };
    this.globals = this.makeGlobals(this.execution);
    this.spreadsheet = new SpreadsheetImpl(this.core, this.execution);
  }

  /** Adds (or replaces) a sheet holding `rows`, typed in like a person would; not counted. */
  seedSheet(name: string, rows: unknown[][]): SheetModel {
    const core = this.core;
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    const existing = core.sheetByName(name);
    const sheet =
      existing ?? core.addSheet(name, undefined, Math.max(1000, rows.length), Math.max(26, width));
    if (existing) {
      existing.rows = [];
      existing.formulaKeys.clear();
      existing.maxRows = Math.max(existing.maxRows, rows.length);
      existing.maxColumns = Math.max(existing.maxColumns, width);
    }
    const ctx = { timeZone: core.timeZone, locale: core.locale };
    rows.forEach((line, i) =>
      line.forEach((v, j) => {
        const w = toStored(v, sheet.getFormat('numberFormat', i + 1, j + 1) as string, ctx);
        sheet.set(i + 1, j + 1, w.value);
        if (w.autoFormat) sheet.setFormat('numberFormat', i + 1, j + 1, w.autoFormat);
      }),
    );
    core.markDirty();
    return sheet;
  }

  private makeGlobals(x: Execution): AppsScriptGlobals {
    const core = this.core;
    return {
      SpreadsheetApp: new SpreadsheetAppImpl(core, x),
      HtmlService: new HtmlServiceImpl(core, x),
      PropertiesService: new PropertiesServiceImpl(core, x),
      CacheService: new CacheServiceImpl(core, x),
      LockService: new LockServiceImpl(core, x),
      Session: new SessionImpl(core, x),
      Utilities: new UtilitiesImpl(core, x),
      ScriptApp: makeScriptApp(core),
      Logger: makeLogger(core),
      console: makeConsole(core),
    };
  }

  /**
   * Another run of script code against the same spreadsheet, properties, caches and locks, as a
   * second user action or trigger would be; its locks are its own.
   */
  newExecution(): ExecutionHandle {
    const execution: Execution = { id: this.nextExecutionId++, realm: HOST_REALM };
    return { execution, globals: this.makeGlobals(execution) };
  }

  /** Apps Script releases an execution's locks when it ends. */
  finishExecution(execution: Execution = this.execution): void {
    for (const state of Object.values(this.core.locks)) {
      if (state.owner === execution.id) state.owner = null;
    }
  }

  /** Holds a lock as if another execution had it; returns the function that releases it. */
  holdLock(kind: LockKind): () => void {
    const state = this.core.locks[kind];
    if (state.owner !== null && state.owner !== EXTERNAL_OWNER) {
      throw new Error(`the ${kind} lock is already held by execution ${state.owner}`);
    }
    state.owner = EXTERNAL_OWNER;
    return () => {
      if (state.owner === EXTERNAL_OWNER) state.owner = null;
    };
  }

  get ui(): UiRecord {
    return this.core.ui;
  }

  /** Calls by method name, e.g. { getValues: 2, setBackgrounds: 1 }. */
  get calls(): Record<string, number> {
    return Object.fromEntries(this.core.calls);
  }

  /** Calls by class and method, e.g. { 'Range.getValues': 2, 'Sheet.getLastRow': 1 }. */
  get qualifiedCalls(): Record<string, number> {
    return Object.fromEntries(this.core.qualifiedCalls);
  }

  resetCalls(): void {
    this.core.calls.clear();
    this.core.qualifiedCalls.clear();
    this.core.simulatedMs = 0;
  }

  /** Range reads of cell data or formats (getValues, getBackgrounds, getFormulas, …). */
  readCalls(): number {
    let n = 0;
    for (const q of READ_CALLS) n += this.core.qualifiedCalls.get(q) ?? 0;
    return n;
  }

  /** Range writes (set*, clear*) and sheet content changes (appendRow, clear, insert/delete rows). */
  writeCalls(): number {
    let n = 0;
    for (const [q, count] of this.core.qualifiedCalls) if (isWriteCall(q)) n += count;
    return n;
  }

  totalCalls(): number {
    let n = 0;
    for (const count of this.core.calls.values()) n += count;
    return n;
  }

  get simulatedMs(): number {
    return this.core.simulatedMs;
  }

  get logs(): readonly string[] {
    return this.core.logs;
  }

  setFormulaEvaluator(evaluator: FormulaEvaluator | undefined): void {
    this.core.evaluator = evaluator;
    this.core.markDirty();
  }

  /** Values of "Sheet!A1:C3" (or of the active sheet), uncounted, dates as host Dates. */
  peek(notation: string, realm: Realm = HOST_REALM): unknown[][] {
    const core = this.core;
    const counting = core.counting;
    core.counting = false;
    try {
      const range = rangeFromA1(core, { id: 0, realm }, core.activeSheet(), notation);
      return range.getValues();
    } finally {
      core.counting = counting;
    }
  }

  /** A JSON-friendly picture of one sheet (first `maxRows` rows from `startRow`), uncounted. */
  snapshot(sheetName: string, startRow = 1, maxRows = 200): SheetSnapshot {
    const core = this.core;
    const sheet = core.sheetByName(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    core.ensureCalculated();
    const lastRow = sheet.lastRow();
    const lastColumn = sheet.lastColumn();
    const from = Math.max(1, Math.min(startRow, sheet.maxRows));
    const to = Math.min(sheet.maxRows, from + maxRows - 1);
    const cols = sheet.maxColumns;
    const values: unknown[][] = [];
    const display: string[][] = [];
    const backgrounds: string[][] = [];
    const fills: (string | null)[][] = [];
    const formulas: string[][] = [];
    const fontWeights: string[][] = [];
    const numberFormats: string[][] = [];
    const errors: Record<string, string> = {};
    for (let r = from; r <= to; r++) {
      const v: unknown[] = [];
      const d: string[] = [];
      const b: string[] = [];
      const fill: (string | null)[] = [];
      const f: string[] = [];
      const w: string[] = [];
      const n: string[] = [];
      for (let c = 1; c <= cols; c++) {
        const value = core.cellValue(sheet, r, c);
        const stored = sheet.get(r, c);
        v.push(plainValue(value));
        d.push(displayText(value, sheet.getFormat('numberFormat', r, c) as string, core.timeZone));
        b.push(sheet.getFormat('background', r, c) as string);
        fill.push((sheet.explicitFormat('background', r, c) as string | undefined) ?? null);
        f.push(isFormulaCell(stored) ? stored.formula : '');
        w.push(sheet.getFormat('fontWeight', r, c) as string);
        n.push(sheet.getFormat('numberFormat', r, c) as string);
        const err = sheet.formulaErrors.get(cellKey(r, c));
        if (err) errors[`${r},${c}`] = err;
      }
      values.push(v);
      display.push(d);
      backgrounds.push(b);
      fills.push(fill);
      formulas.push(f);
      fontWeights.push(w);
      numberFormats.push(n);
    }
    return {
      name: sheet.name,
      sheetId: sheet.id,
      index: core.sheets.indexOf(sheet) + 1,
      hidden: sheet.hidden,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      lastRow,
      lastColumn,
      frozenRows: sheet.frozenRows,
      startRow: from,
      values,
      display,
      backgrounds,
      fills,
      formulas,
      fontWeights,
      numberFormats,
      formulaErrors: errors,
      columnWidths: Object.fromEntries(sheet.columnWidths),
      hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
      merges: sheet.merges.map((m) => a1(m.row, m.col, m.numRows, m.numCols)),
    };
  }

  /**
   * The active range as sheet name and A1 notation; `ranges` lists every selected range (several
   * after RangeList.activate, whose last one is the active range).
   */
  activeSelection(): {
    sheet: string;
    a1: string;
    row: number;
    col: number;
    numRows: number;
    numCols: number;
    ranges: string[];
  } | null {
    const a = this.core.activeRange;
    if (!a) return null;
    const sheet = this.core.sheetById(a.sheetId);
    if (!sheet) return null;
    const notation = (r: ActiveRange): string =>
      `${colRow(r.row, r.col)}${r.numRows === 1 && r.numCols === 1 ? '' : ':' + colRow(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
    const list = this.core.activeRangeList;
    return {
      sheet: sheet.name,
      a1: notation(a),
      row: a.row,
      col: a.col,
      numRows: a.numRows,
      numCols: a.numCols,
      ranges: list && list.active === a ? list.ranges.map(notation) : [notation(a)],
    };
  }

  /** Selects a range as a person clicking in the grid would (not a script call, not counted). */
  select(sheetName: string, notation?: string): void {
    const sheet = this.core.sheetByName(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    this.core.activeSheetId = sheet.id;
    sheet.hidden = false;
    const ref = notation ? parseA1(notation) : { row: 1, col: 1, endRow: 1, endCol: 1 };
    if (!ref) throw new Error(`bad range ${notation ?? ''}`);
    const endRow = ref.endRow ?? sheet.maxRows;
    const endCol = ref.endCol ?? sheet.maxColumns;
    this.core.activeRange = {
      sheetId: sheet.id,
      row: ref.row,
      col: ref.col,
      numRows: endRow - ref.row + 1,
      numCols: endCol - ref.col + 1,
    };
  }

  /**
   * Protects a range ('Defects!A1:C9') or a whole sheet ('Defects') as the spreadsheet's owner
   * would, without the current user among its editors: the script's changes there throw, as they
   * do for an editor who is not allowed to edit a protected range. Uncounted.
   */
  protect(
    target: string,
    options: { warningOnly?: boolean; unprotected?: string[]; description?: string } = {},
  ): void {
    const core = this.core;
    const bang = target.lastIndexOf('!');
    const sheetName = bang >= 0 ? target.slice(0, bang).replace(/^'|'$/g, '') : target;
    const sheet = core.sheetByName(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    const rectOf = (a1: string) => {
      const ref = parseA1(a1);
      if (!ref) throw new Error(`bad range ${a1}`);
      const endRow = ref.endRow ?? sheet.maxRows;
      const endCol = ref.endCol ?? sheet.maxColumns;
      return {
        row: ref.row,
        col: ref.col,
        numRows: endRow - ref.row + 1,
        numCols: endCol - ref.col + 1,
      };
    };
    sheet.protections.push({
      id: 1_000_000 + sheet.protections.length,
      sheetId: sheet.id,
      rect: bang >= 0 ? rectOf(target.slice(bang + 1)) : null,
      unprotected: (options.unprotected ?? []).map(rectOf),
      warningOnly: options.warningOnly ?? false,
      description: options.description ?? '',
      editors: ['owner@example.com'],
      userCanEdit: false,
      domainEdit: false,
    });
  }

  /** Raw properties of a store, uncounted. */
  properties(store: 'document' | 'user' | 'script'): Record<string, string> {
    return Object.fromEntries(this.core.properties[store].map);
  }
}

function colRow(row: number, col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row}`;
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  index: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  startRow: number;
  values: unknown[][];
  display: string[][];
  backgrounds: string[][];
  /** Each cell's own fill: null where it has none (getBackgrounds shows '#ffffff' for both). */
  fills: (string | null)[][];
  formulas: string[][];
  fontWeights: string[][];
  numberFormats: string[][];
  /** "row,col" → message of a formula showing #ERROR!, #NAME? or #REF!. */
  formulaErrors: Record<string, string>;
  columnWidths: Record<string, number>;
  /** 1-based columns hidden with hideColumns. */
  hiddenColumns: number[];
  /** Merged blocks in A1 notation. */
  merges: string[];
}

export function createEmulator(options?: EmulatorOptions): Emulator {
  return new Emulator(options);
}

export type BundleContext = vm.Context & Record<string, unknown>;

export interface LoadOptions {
  /** Run as this execution (from emulator.newExecution()); default the emulator's first. */
  execution?: ExecutionHandle;
  /** Evaluate formula cells with the bundle's functions (as Sheets runs custom functions). Default true. */
  customFunctions?: boolean;
}

/**
 * Runs dist/Code.js in a fresh vm context that holds only the Apps Script globals and
 * JavaScript's built-ins (no require, process, setTimeout, URL), and returns the context, whose
 * top-level functions tests call as Sheets would: `ctx.onOpen({ authMode: 'NONE' })`. From then
 * on, values the emulator hands to that execution (Dates, arrays, errors) are made in the
 * context's realm, so the bundle's `instanceof Date` holds.
 */
export function loadBundleInEmulator(
  emulator: Emulator,
  distDir = 'dist',
  options: LoadOptions = {},
): BundleContext {
  const handle = options.execution ?? { execution: emulator.execution, globals: emulator.globals };
  const context = vm.createContext({}) as BundleContext;
  handle.execution.realm = realmOf(context);
  for (const [name, value] of Object.entries(handle.globals)) context[name] = value;
  const file = join(resolve(distDir), 'Code.js');
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  if (!options.execution) emulator.context = context;
  if (options.customFunctions !== false) {
    emulator.setFormulaEvaluator(customFunctionEvaluator(emulator.core, handle.execution, context));
  }
  return context;
}

/** Calls a top-level function of a loaded bundle as Apps Script would. */
export function callBundle<T = unknown>(
  context: BundleContext,
  name: string,
  ...args: unknown[]
): T {
  const fn = context[name];
  if (typeof fn !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
  return (fn as (...a: unknown[]) => T)(...args);
}
