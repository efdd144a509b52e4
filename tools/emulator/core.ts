/**
 * Shared state of one emulated spreadsheet and its script: sheets, selection, stores, locks,
 * call counters. The public Apps Script-shaped objects (spreadsheet.ts, ui.ts, services.ts)
 * are thin views over this, bound to one execution.
 */
import vm from 'node:vm';
import {
  DEFAULT_NUMBER_FORMAT,
  FORMULA_PLACEHOLDER,
  type Stored,
  a1,
  isFormulaCell,
  isDateObject,
} from './cells';

/** Where values handed to script code are created: the bundle's vm context, or Node's own. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  newArray: () => unknown[];
}

export const HOST_REALM: Realm = { Date, Error, newArray: () => [] };

export function realmOf(context: vm.Context): Realm {
  return {
    Date: vm.runInContext('Date', context) as DateConstructor,
    Error: vm.runInContext('Error', context) as ErrorConstructor,
    newArray: vm.runInContext('(function () { return []; })', context) as () => unknown[],
  };
}

/** One run of script code. Locks belong to an execution, values are made in its realm. */
export interface Execution {
  readonly id: number;
  realm: Realm;
}

export type FormatKey =
  | 'background'
  | 'numberFormat'
  | 'fontWeight'
  | 'fontColor'
  | 'fontStyle'
  | 'fontFamily'
  | 'fontSize'
  | 'fontLine'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrap'
  | 'wrapStrategy'
  | 'note'
  | 'dataValidation'
  | 'border';

/**
 * Formats whose default value written explicitly is still a setting of its own. getBackgrounds
 * gives '#ffffff' both for a cell without fill and for one filled white, but only the first
 * lets alternating colours (banding) show through; setBackground(null) is what removes a fill.
 */
export const EXPLICIT_FORMATS: ReadonlySet<FormatKey> = new Set<FormatKey>(['background']);

/** What Sheets reports for an untouched cell. */
export const FORMAT_DEFAULTS: Record<FormatKey, unknown> = {
  background: '#ffffff',
  numberFormat: DEFAULT_NUMBER_FORMAT,
  fontWeight: 'normal',
  fontColor: '#000000',
  fontStyle: 'normal',
  fontFamily: 'Arial',
  fontSize: 10,
  fontLine: 'none',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  wrapStrategy: 'OVERFLOW',
  note: '',
  dataValidation: null,
  border: null,
};

/** Grid key for a 1-based cell; 20,000 exceeds Sheets' 18,278-column limit. */
export const cellKey = (row: number, col: number): number => (row - 1) * 20_000 + (col - 1);
const keyRow = (key: number): number => Math.floor(key / 20_000) + 1;
const keyCol = (key: number): number => (key % 20_000) + 1;

/** A copy with `count` blank slots at `index` (splice with spread arguments overflows at 100k). */
function withBlanks<T>(arr: T[], index: number, count: number): T[] {
  if (arr.length <= index) return arr;
  const out = arr.slice(0, index);
  out.length = index + count;
  for (let i = index; i < arr.length; i++) out[i + count] = arr[i];
  return out;
}

/** A block of cells, 1-based and inclusive: what merges and protections cover. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function rectContains(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

/**
 * A rectangle after `count` rows (or columns) were inserted before `at` (count > 0) or deleted
 * from `at` on (count < 0): Sheets moves merges and protected ranges with their cells and grows
 * them when cells are inserted inside. Null when every cell of it was deleted.
 */
export function shiftRect(r: Rect, axis: 'row' | 'col', at: number, count: number): Rect | null {
  const start = axis === 'row' ? r.row : r.col;
  const size = axis === 'row' ? r.numRows : r.numCols;
  let s = start;
  let n = size;
  if (count > 0) {
    if (at <= start) s += count;
    else if (at < start + size) n += count;
  } else {
    const del = -count;
    const delEnd = at + del; // exclusive
    const end = start + size; // exclusive
    const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, at));
    n -= overlap;
    if (n <= 0) return null;
    if (at < start) s = Math.max(at, start - del);
  }
  return axis === 'row' ? { ...r, row: s, numRows: n } : { ...r, col: s, numCols: n };
}

/**
 * A protected range or sheet. `userCanEdit` is false for a protection someone else made without
 * the current user among its editors (Emulator.protect); the script's own `protect()` calls
 * make the user an editor, as Sheets makes the creator one.
 */
export interface ProtectionModel {
  readonly id: number;
  sheetId: number;
  /** null: the whole sheet (ProtectionType.SHEET). */
  rect: Rect | null;
  unprotected: Rect[];
  warningOnly: boolean;
  description: string;
  editors: string[];
  userCanEdit: boolean;
  domainEdit: boolean;
}

export class SheetModel {
  /** rows[r-1][c-1]; missing rows and holes are blank cells. */
  rows: Stored[][] = [];
  formats = new Map<FormatKey, unknown[][]>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  formulaKeys = new Set<number>();
  /** Formula results and spilled values, rebuilt by Core.recalculate. */
  computed = new Map<number, unknown>();
  formulaErrors = new Map<number, string>();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  /** Merged blocks; only the top-left cell of each holds a value. */
  merges: Rect[] = [];
  /** 1-based columns hidden by the user (hideColumns). */
  hiddenColumns = new Set<number>();
  /** Protected ranges of this sheet and the sheet's own protection (rect null). */
  protections: ProtectionModel[] = [];

  constructor(
    public name: string,
    public readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  get(row: number, col: number): Stored {
    const r = this.rows[row - 1];
    return r === undefined ? undefined : r[col - 1];
  }

  set(row: number, col: number, value: Stored): void {
    let r = this.rows[row - 1];
    if (r === undefined) {
      if (value === undefined) return;
      r = [];
      this.rows[row - 1] = r;
    }
    const key = cellKey(row, col);
    if (isFormulaCell(value)) this.formulaKeys.add(key);
    else if (isFormulaCell(r[col - 1])) this.formulaKeys.delete(key);
    r[col - 1] = value;
  }

  getFormat(key: FormatKey, row: number, col: number): unknown {
    const layer = this.formats.get(key);
    const v = layer?.[row - 1]?.[col - 1];
    return v === undefined ? FORMAT_DEFAULTS[key] : v;
  }

  /** The format set on the cell, or undefined when none is (getFormat then gives the default). */
  explicitFormat(key: FormatKey, row: number, col: number): unknown {
    return this.formats.get(key)?.[row - 1]?.[col - 1];
  }

  setFormat(key: FormatKey, row: number, col: number, value: unknown): void {
    let layer = this.formats.get(key);
    // A white fill is a fill: Sheets keeps it apart from "no fill" (see EXPLICIT_FORMATS).
    const isDefault =
      value === undefined || (!EXPLICIT_FORMATS.has(key) && value === FORMAT_DEFAULTS[key]);
    if (!layer) {
      if (isDefault) return;
      layer = [];
      this.formats.set(key, layer);
    }
    let r = layer[row - 1];
    if (r === undefined) {
      if (isDefault) return;
      r = [];
      layer[row - 1] = r;
    }
    r[col - 1] = isDefault ? undefined : value;
  }

  clearFormats(row: number, col: number, numRows: number, numCols: number): void {
    for (const layer of this.formats.values()) {
      for (let r = row; r < row + numRows; r++) {
        const line = layer[r - 1];
        if (line) for (let c = col; c < col + numCols; c++) line[c - 1] = undefined;
      }
    }
  }

  private static hasContent(r: Stored[] | undefined, col?: number): boolean {
    if (!r) return false;
    if (col !== undefined) return r[col - 1] !== undefined;
    for (const v of r) if (v !== undefined) return true;
    return false;
  }

  /** Last row holding a value or formula (formats do not count, as in Sheets). */
  lastRow(): number {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      if (SheetModel.hasContent(this.rows[i])) return i + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let c = r.length - 1; c >= last; c--) {
        if (r[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  insertRows(beforeRow: number, count: number): void {
    this.rows = withBlanks(this.rows, beforeRow - 1, count);
    for (const [key, layer] of this.formats) {
      this.formats.set(key, withBlanks(layer, beforeRow - 1, count));
    }
    this.maxRows += count;
    this.shiftMerges('row', beforeRow, count);
    this.rekeyFormulas();
  }

  deleteRows(row: number, count: number): void {
    this.rows.splice(row - 1, count);
    for (const layer of this.formats.values()) layer.splice(row - 1, count);
    this.maxRows -= count;
    this.shiftMerges('row', row, -count);
    this.rekeyFormulas();
  }

  /** Merges and protected ranges move with their cells; a merge cut down to one cell is none. */
  private shiftMerges(axis: 'row' | 'col', at: number, count: number): void {
    this.merges = this.merges
      .map((m) => shiftRect(m, axis, at, count))
      .filter((m): m is Rect => m !== null && m.numRows * m.numCols > 1);
    for (const p of this.protections) {
      if (!p.rect) continue;
      const moved = shiftRect(p.rect, axis, at, count);
      p.rect = moved ?? { ...p.rect, numRows: 0, numCols: 0 };
    }
    this.protections = this.protections.filter((p) => !p.rect || p.rect.numRows > 0);
    if (axis === 'col') {
      const moved = new Set<number>();
      for (const c of this.hiddenColumns) {
        if (c < at) moved.add(c);
        else if (count > 0) moved.add(c + count);
        else if (c >= at - count) moved.add(c + count);
      }
      this.hiddenColumns = moved;
    }
  }

  /** The merge a cell belongs to, if any. */
  mergeAt(row: number, col: number): Rect | undefined {
    for (const m of this.merges) if (rectContains(m, row, col)) return m;
    return undefined;
  }

  insertColumns(beforeCol: number, count: number): void {
    this.rows = this.rows.map((r) => (r ? withBlanks(r, beforeCol - 1, count) : r));
    for (const [key, layer] of this.formats) {
      this.formats.set(
        key,
        layer.map((r) => (r ? withBlanks(r, beforeCol - 1, count) : r)),
      );
    }
    this.maxColumns += count;
    this.shiftMerges('col', beforeCol, count);
    this.rekeyFormulas();
  }

  deleteColumns(col: number, count: number): void {
    for (const r of [...this.rows, ...[...this.formats.values()].flat()]) {
      if (r) r.splice(col - 1, count);
    }
    this.maxColumns -= count;
    this.shiftMerges('col', col, -count);
    this.rekeyFormulas();
  }

  private rekeyFormulas(): void {
    this.formulaKeys.clear();
    this.rows.forEach((r, i) => {
      if (!r) return;
      r.forEach((v, j) => {
        if (isFormulaCell(v)) this.formulaKeys.add(cellKey(i + 1, j + 1));
      });
    });
    this.computed.clear();
    this.formulaErrors.clear();
  }
}

export interface ActiveRange {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface MenuItemRecord {
  kind: 'item';
  caption: string;
  functionName: string;
}
export interface MenuSeparatorRecord {
  kind: 'separator';
}
export interface SubMenuRecord {
  kind: 'submenu';
  caption: string;
  items: MenuEntryRecord[];
}
export type MenuEntryRecord = MenuItemRecord | MenuSeparatorRecord | SubMenuRecord;

export interface MenuRecord {
  caption: string;
  /** true for createAddonMenu() (shown under Extensions ▸ add-on name). */
  addon: boolean;
  items: MenuEntryRecord[];
}

export interface HtmlRecord {
  /** Increments on every show, so a UI can tell a new sidebar from the one it shows. */
  seq: number;
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  width?: number;
  height?: number;
  content: string;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface UiRecord {
  menus: MenuRecord[];
  sidebars: HtmlRecord[];
  dialogs: HtmlRecord[];
  alerts: AlertRecord[];
  toasts: ToastRecord[];
  /** Answers ui.alert returns, first in first out; 'OK' (or 'YES' for YES_NO) when empty. */
  alertResponses: string[];
  /** Answers ui.prompt returns: text and button. */
  promptResponses: { text: string; button: string }[];
}

export interface FormulaSite {
  sheet: string;
  row: number;
  col: number;
}

/** Computes a formula's value: a scalar, or a 2-D array that spills right and down. */
export type FormulaEvaluator = (formula: string, site: FormulaSite) => unknown;

/** Thrown by evaluators to show an error value (#ERROR!, #NAME?) with a hover message. */
export class FormulaError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type LatencyCategory = 'read' | 'write' | 'metadata' | 'ui';

export interface LatencyTable {
  read: number;
  write: number;
  metadata: number;
  ui: number;
  /** Extra cost per cell touched by a range read or write. */
  readPerCell: number;
  writePerCell: number;
}

/** See tools/emulator/README.md for where these figures come from. */
export const DEFAULT_LATENCY: LatencyTable = {
  read: 20,
  write: 7,
  metadata: 2,
  ui: 300,
  readPerCell: 0.005,
  writePerCell: 0.02,
};

/** Range methods that read cell contents or formats: what the call counter calls reads. */
export const CELL_READ_METHODS: readonly string[] = [
  'getValues',
  'getValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getFormula',
  'getBackgrounds',
  'getBackground',
  'getNumberFormats',
  'getNumberFormat',
  'getFontWeights',
  'getFontWeight',
  'getFontColors',
  'getFontColor',
  'getNotes',
  'getNote',
  'getWraps',
  'getWrap',
  'getDataValidations',
  'getDataValidation',
  'getHorizontalAlignments',
  'isBlank',
];

/** Calls that cost a read round trip: cell reads plus the size lookups. */
const READ_METHODS = new Set([...CELL_READ_METHODS, 'getDataRange', 'getLastRow', 'getLastColumn']);

const UI_CLASSES = new Set(['Ui', 'Menu']);

export function categoryOf(cls: string, method: string): LatencyCategory {
  if (UI_CLASSES.has(cls)) return 'ui';
  if (READ_METHODS.has(method)) return 'read';
  if (
    /^(set|clear|insert|delete|append|autoResize|hide|show|merge|break|sort|copy|move|activate|toast)/.test(
      method,
    )
  ) {
    return 'write';
  }
  return 'metadata';
}

/** Sheets' limit on the cells of all sheets of one spreadsheet (Google Sheets help, 2022). */
export const CELL_LIMIT = 10_000_000;
/** Sheets' limit on the characters of one cell. */
export const CELL_CHARACTER_LIMIT = 50_000;

export type LockKind = 'document' | 'script' | 'user';
export const EXTERNAL_OWNER = -1;

export class PropertyStore {
  readonly map = new Map<string, string>();
}

export class CacheStore {
  readonly map = new Map<string, { value: string; expires: number }>();
}

export interface CoreOptions {
  timeZone: string;
  locale: string;
  userLocale: string;
  scriptTimeZone: string;
  distDir: string;
  latency: LatencyTable;
  now: () => number;
  name: string;
  id: string;
  addonName: string;
  quiet: boolean;
}

export class Core {
  sheets: SheetModel[] = [];
  activeSheetId = 0;
  activeRange: ActiveRange | null = null;
  /**
   * The ranges RangeList.activate selected; current only while `activeRange` is still its last
   * range (any other activation replaces activeRange, and the list no longer applies).
   */
  activeRangeList: { ranges: ActiveRange[]; active: ActiveRange } | null = null;
  private sheetsCreated = 0;
  timeZone: string;
  locale: string;
  userLocale: string;
  scriptTimeZone: string;
  readonly distDir: string;
  readonly name: string;
  readonly id: string;
  readonly addonName: string;
  readonly now: () => number;
  latency: LatencyTable;
  quiet: boolean;

  readonly calls = new Map<string, number>();
  readonly qualifiedCalls = new Map<string, number>();
  simulatedMs = 0;
  /** Off while formulas recalculate: Sheets runs custom functions in their own executions. */
  counting = true;

  readonly ui: UiRecord = {
    menus: [],
    sidebars: [],
    dialogs: [],
    alerts: [],
    toasts: [],
    alertResponses: [],
    promptResponses: [],
  };
  htmlSeq = 0;
  readonly properties: Record<'document' | 'user' | 'script', PropertyStore> = {
    document: new PropertyStore(),
    user: new PropertyStore(),
    script: new PropertyStore(),
  };
  readonly caches: Record<'document' | 'user' | 'script', CacheStore> = {
    document: new CacheStore(),
    user: new CacheStore(),
    script: new CacheStore(),
  };
  readonly locks: Record<LockKind, { owner: number | null }> = {
    document: { owner: null },
    script: { owner: null },
    user: { owner: null },
  };
  readonly logs: string[] = [];

  evaluator: FormulaEvaluator | undefined;
  private dirty = true;
  private recalculating = false;

  constructor(options: CoreOptions) {
    this.timeZone = options.timeZone;
    this.locale = options.locale;
    this.userLocale = options.userLocale;
    this.scriptTimeZone = options.scriptTimeZone;
    this.distDir = options.distDir;
    this.latency = options.latency;
    this.now = options.now;
    this.name = options.name;
    this.id = options.id;
    this.addonName = options.addonName;
    this.quiet = options.quiet;
  }

  /** Counts one call into an Apps Script object and adds its simulated latency. */
  hit(cls: string, method: string, cells = 0): void {
    if (!this.counting) return;
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    const q = `${cls}.${method}`;
    this.qualifiedCalls.set(q, (this.qualifiedCalls.get(q) ?? 0) + 1);
    const cat = categoryOf(cls, method);
    let ms = this.latency[cat];
    if (cat === 'read') ms += cells * this.latency.readPerCell;
    if (cat === 'write') ms += cells * this.latency.writePerCell;
    this.simulatedMs += ms;
  }

  /** An exception as Apps Script throws it: an Error of the caller's realm named Exception. */
  error(x: Execution, message: string): Error {
    const e = new x.realm.Error(message);
    e.name = 'Exception';
    return e;
  }

  /** Cells in all sheets' grids, what Sheets' 10-million-cell limit counts. */
  totalCells(): number {
    let n = 0;
    for (const s of this.sheets) n += s.maxRows * s.maxColumns;
    return n;
  }

  /** Sheets refuses a change that would grow the workbook past CELL_LIMIT cells. */
  assertCellsFit(x: Execution, extra: number): void {
    if (extra > 0 && this.totalCells() + extra > CELL_LIMIT) {
      throw this.error(
        x,
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
  }

  /**
   * The protection that stops the current user from changing `rect` of `sheet` (or, with no
   * rect, inserting rows or columns, renaming and the like, which only a sheet protection stops):
   * one they cannot edit and that is not warning-only.
   */
  blockingProtection(sheet: SheetModel, rect?: Rect): ProtectionModel | undefined {
    for (const p of sheet.protections) {
      if (p.userCanEdit || p.warningOnly) continue;
      if (p.rect === null) {
        // A protected sheet: any change outside its unprotected ranges is refused.
        if (!rect) return p;
        const inside = p.unprotected.some(
          (u) =>
            rect.row >= u.row &&
            rect.col >= u.col &&
            rect.row + rect.numRows <= u.row + u.numRows &&
            rect.col + rect.numCols <= u.col + u.numCols,
        );
        if (!inside) return p;
      } else if (rect && rectsIntersect(p.rect, rect)) {
        return p;
      }
    }
    return undefined;
  }

  assertEditable(x: Execution, sheet: SheetModel, rect?: Rect): void {
    if (this.blockingProtection(sheet, rect)) {
      throw this.error(
        x,
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    }
  }

  addSheet(name: string, index?: number, rows = 1000, cols = 26): SheetModel {
    // The first sheet's gid is 0 in Sheets; later ids are large integers, deterministic here.
    const id = this.sheetsCreated === 0 ? 0 : 100_000_000 + this.sheetsCreated * 7_919;
    this.sheetsCreated += 1;
    const sheet = new SheetModel(name, id, rows, cols);
    if (index === undefined || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, index), 0, sheet);
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /**
   * The sheet whose name equals `name` ignoring case: Sheets refuses a second sheet whose name
   * differs only in case (tools/emulator/README.md, "Sheet names").
   */
  sheetNamedLike(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    const active = this.sheetById(this.activeSheetId);
    if (active && !active.hidden) return active;
    const first = this.sheets.find((s) => !s.hidden) ?? this.sheets[0];
    this.activeSheetId = first.id;
    return first;
  }

  /** Activating a sheet moves the selection to it, as clicking its tab does. */
  activateSheet(sheet: SheetModel): void {
    sheet.hidden = false;
    this.activeSheetId = sheet.id;
    if (this.activeRange?.sheetId !== sheet.id) {
      this.activeRange = { sheetId: sheet.id, row: 1, col: 1, numRows: 1, numCols: 1 };
    }
  }

  markDirty(): void {
    this.dirty = true;
  }

  /** Recomputes every formula if anything changed since the last read (Sheets recalcs eagerly). */
  ensureCalculated(): void {
    if (!this.dirty || this.recalculating) return;
    this.dirty = false;
    if (!this.evaluator) return;
    this.recalculate(this.evaluator);
  }

  private recalculate(evaluator: FormulaEvaluator): void {
    this.recalculating = true;
    const counting = this.counting;
    this.counting = false;
    try {
      for (const sheet of this.sheets) {
        sheet.computed.clear();
        sheet.formulaErrors.clear();
      }
      for (const sheet of this.sheets) {
        const keys = [...sheet.formulaKeys].sort((a, b) => a - b);
        for (const key of keys) {
          const row = keyRow(key);
          const col = keyCol(key);
          const cell = sheet.get(row, col);
          if (!isFormulaCell(cell)) continue;
          this.evaluateInto(sheet, row, col, cell.formula, evaluator);
        }
      }
    } finally {
      this.counting = counting;
      this.recalculating = false;
    }
  }

  private evaluateInto(
    sheet: SheetModel,
    row: number,
    col: number,
    formula: string,
    evaluator: FormulaEvaluator,
  ): void {
    const key = cellKey(row, col);
    let result: unknown;
    try {
      result = evaluator(formula, { sheet: sheet.name, row, col });
    } catch (err) {
      const code = err instanceof FormulaError ? err.code : '#ERROR!';
      sheet.computed.set(key, code);
      sheet.formulaErrors.set(key, errorMessage(err));
      return;
    }
    if (!Array.isArray(result)) {
      sheet.computed.set(key, normaliseResult(result));
      return;
    }
    const grid: unknown[][] = result.map((r: unknown) => (Array.isArray(r) ? r : [r]));
    if (grid.length === 0 || grid[0].length === 0) {
      sheet.computed.set(key, '#N/A');
      sheet.formulaErrors.set(key, 'The function returned an empty array.');
      return;
    }
    // Spill only over blank cells inside the grid, as Sheets does; otherwise #REF!.
    for (let i = 0; i < grid.length; i++) {
      for (let j = 0; j < grid[i].length; j++) {
        if (i === 0 && j === 0) continue;
        const r = row + i;
        const c = col + j;
        if (r > sheet.maxRows || c > sheet.maxColumns || sheet.get(r, c) !== undefined) {
          sheet.computed.set(key, '#REF!');
          sheet.formulaErrors.set(
            key,
            `Array result was not expanded because it would overwrite data in ${a1(r, c)}.`,
          );
          return;
        }
      }
    }
    for (let i = 0; i < grid.length; i++) {
      for (let j = 0; j < grid[i].length; j++) {
        sheet.computed.set(cellKey(row + i, col + j), normaliseResult(grid[i][j]));
      }
    }
  }

  /** The value a cell shows: stored value, formula result or spilled value (not realm-bound). */
  cellValue(sheet: SheetModel, row: number, col: number): Stored | unknown {
    const v = sheet.get(row, col);
    if (v === undefined) return sheet.computed.get(cellKey(row, col));
    if (isFormulaCell(v)) {
      const computed = sheet.computed.get(cellKey(row, col));
      if (computed !== undefined) return computed;
      return this.evaluator ? '' : FORMULA_PLACEHOLDER;
    }
    return v;
  }

  log(line: string): void {
    this.logs.push(line);
    if (!this.quiet) process.stdout.write(`[apps script] ${line}\n`);
  }
}

function normaliseResult(v: unknown): unknown {
  if (v === null || v === undefined) return '';
  if (isDateObject(v)) return { t: 'd', ms: v.getTime() };
  if (typeof v === 'number' && !Number.isFinite(v)) return '#NUM!';
  return v;
}

export function errorMessage(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err) {
    return String((err as { message: unknown }).message);
  }
  return String(err);
}
