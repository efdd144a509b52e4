/**
 * SpreadsheetApp, Spreadsheet, Sheet, Range and data validation: the subset an editor add-on
 * uses, with Sheets' documented semantics and its exception messages.
 */
import {
  DEFAULT_NUMBER_FORMAT,
  a1,
  displayText,
  isDateCell,
  isFormulaCell,
  parseA1,
  toStored,
} from './cells';
import {
  type ActiveRange,
  CELL_CHARACTER_LIMIT,
  type Core,
  type Execution,
  type FormatKey,
  type ProtectionModel,
  type Rect,
  SheetModel,
  rectsIntersect,
} from './core';
import { assertTimeZone } from './dates';
import { instrument } from './instrument';
import { UiImpl } from './ui';

/** The realm-bound value script code sees for a stored or computed cell value. */
function outValue(x: Execution, v: unknown): unknown {
  if (v === undefined || v === null) return '';
  if (isDateCell(v)) return new x.realm.Date(v.ms);
  if (isFormulaCell(v)) return '';
  return v;
}

const NAMED_COLOURS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
  pink: '#ffc0cb',
  cyan: '#00ffff',
  magenta: '#ff00ff',
};

/** Sheets answers colours as lower-case #rrggbb whatever CSS form was set. */
export function normaliseColour(c: unknown): string | undefined {
  if (c === null || c === undefined || c === '') return undefined;
  const s = String(c).trim().toLowerCase();
  if (NAMED_COLOURS[s]) return NAMED_COLOURS[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}

function is2D(v: unknown): v is unknown[][] {
  return Array.isArray(v) && v.every((r) => Array.isArray(r));
}

export class DataValidationImpl {
  constructor(
    readonly _criteria: string,
    readonly _args: unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {}
  getCriteriaType(): string {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._args];
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return this._helpText;
  }
  copy(): DataValidationBuilderImpl {
    const b = new DataValidationBuilderImpl();
    b._criteria = this._criteria;
    b._args = [...this._args];
    b._allowInvalid = this._allowInvalid;
    b._helpText = this._helpText;
    return b;
  }
}

/** Records the criterion and its arguments; the emulator does not enforce validation. */
export class DataValidationBuilderImpl {
  _criteria = 'ANY';
  _args: unknown[] = [];
  _allowInvalid = true;
  _helpText = '';
  private _set(criteria: string, args: unknown[]): this {
    this._criteria = criteria;
    this._args = args;
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    return this._set('VALUE_IN_LIST', [values, showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    return this._set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this._set('CHECKBOX', checked === undefined ? [] : [checked, unchecked]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this._allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this._helpText = text;
    return this;
  }
  build(): DataValidationImpl {
    return new DataValidationImpl(this._criteria, this._args, this._allowInvalid, this._helpText);
  }
}

export class RangeImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
    readonly _sheet: SheetModel,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {}

  _cells(): number {
    return this._numRows * this._numCols;
  }

  _rect(): Rect {
    return { row: this._row, col: this._col, numRows: this._numRows, numCols: this._numCols };
  }

  /** Every change to cells goes through here: a protection the user cannot edit refuses it. */
  _guard(): void {
    this._core.assertEditable(this._x, this._sheet, this._rect());
  }

  /** Sheets refuses a whole write when one string is longer than a cell holds. */
  _checkText(values: readonly (readonly unknown[])[]): void {
    for (const row of values) {
      for (const v of row) {
        if (typeof v === 'string' && v.length > CELL_CHARACTER_LIMIT) {
          throw this._core.error(
            this._x,
            `Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`,
          );
        }
      }
    }
  }

  private _grid(fn: (row: number, col: number) => unknown): unknown[][] {
    const out = this._x.realm.newArray();
    for (let r = this._row; r < this._row + this._numRows; r++) {
      const line = this._x.realm.newArray();
      for (let c = this._col; c < this._col + this._numCols; c++) line.push(fn(r, c));
      out.push(line);
    }
    return out as unknown[][];
  }

  /** Sheets' dimension check for every set*s(grid) method. */
  private _checkGrid(data: unknown, method: string): unknown[][] {
    if (!is2D(data)) {
      throw this._core.error(
        this._x,
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this._numRows) {
      throw this._core.error(
        this._x,
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._numRows}.`,
      );
    }
    for (const row of data) {
      if (row.length !== this._numCols) {
        throw this._core.error(
          this._x,
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._numCols}.`,
        );
      }
    }
    return data;
  }

  private _write(row: number, col: number, value: unknown): void {
    const s = this._sheet;
    // A merged block shows and keeps only its top-left cell: a value for another cell is lost.
    if (s.merges.length > 0) {
      const m = s.mergeAt(row, col);
      if (m && (m.row !== row || m.col !== col)) return;
    }
    const fmt = s.getFormat('numberFormat', row, col) as string;
    const written = toStored(value, fmt, {
      timeZone: this._core.timeZone,
      locale: this._core.locale,
    });
    s.set(row, col, written.value);
    if (written.autoFormat && fmt === DEFAULT_NUMBER_FORMAT) {
      s.setFormat('numberFormat', row, col, written.autoFormat);
    }
  }

  private _writeAll(value: unknown): this {
    this._guard();
    this._checkText([[value]]);
    for (let r = this._row; r < this._row + this._numRows; r++) {
      for (let c = this._col; c < this._col + this._numCols; c++) this._write(r, c, value);
    }
    this._core.markDirty();
    return this;
  }

  private _formatAll(key: FormatKey, value: unknown): this {
    this._guard();
    for (let r = this._row; r < this._row + this._numRows; r++) {
      for (let c = this._col; c < this._col + this._numCols; c++) {
        this._sheet.setFormat(key, r, c, value);
      }
    }
    return this;
  }

  private _formatGrid(
    key: FormatKey,
    data: unknown,
    method: string,
    map = (v: unknown) => v,
  ): this {
    const grid = this._checkGrid(data, method);
    this._guard();
    grid.forEach((line, i) =>
      line.forEach((v, j) => this._sheet.setFormat(key, this._row + i, this._col + j, map(v))),
    );
    return this;
  }

  private _formats(key: FormatKey): unknown[][] {
    return this._grid((r, c) => this._sheet.getFormat(key, r, c));
  }

  private _first(key: FormatKey): unknown {
    return this._sheet.getFormat(key, this._row, this._col);
  }

  // ---- geometry ---------------------------------------------------------------------------
  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numCols;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numCols;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }
  getA1Notation(): string {
    return a1(this._row, this._col, this._numRows, this._numCols);
  }
  getGridId(): number {
    return this._sheet.id;
  }
  getSheet(): SheetImpl {
    return new SheetImpl(this._core, this._x, this._sheet);
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): RangeImpl {
    return makeRange(
      this._core,
      this._x,
      this._sheet,
      this._row + rowOffset,
      this._col + columnOffset,
      numRows ?? this._numRows,
      numColumns ?? this._numCols,
    );
  }
  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols) {
      throw this._core.error(this._x, 'Cell reference out of range');
    }
    return makeRange(
      this._core,
      this._x,
      this._sheet,
      this._row + row - 1,
      this._col + column - 1,
      1,
      1,
    );
  }

  // ---- values -----------------------------------------------------------------------------
  getValues(): unknown[][] {
    this._core.ensureCalculated();
    const x = this._x;
    const s = this._sheet;
    const hasComputed = s.computed.size > 0 || s.formulaKeys.size > 0;
    const out = x.realm.newArray();
    for (let r = this._row; r < this._row + this._numRows; r++) {
      const line = x.realm.newArray();
      const src = s.rows[r - 1];
      for (let c = this._col; c < this._col + this._numCols; c++) {
        const v = hasComputed ? this._core.cellValue(s, r, c) : src?.[c - 1];
        line.push(outValue(x, v));
      }
      out.push(line);
    }
    return out as unknown[][];
  }
  getValue(): unknown {
    this._core.ensureCalculated();
    return outValue(this._x, this._core.cellValue(this._sheet, this._row, this._col));
  }
  getDisplayValues(): string[][] {
    this._core.ensureCalculated();
    return this._grid((r, c) =>
      displayText(
        this._core.cellValue(this._sheet, r, c),
        this._sheet.getFormat('numberFormat', r, c) as string,
        this._core.timeZone,
      ),
    ) as string[][];
  }
  getDisplayValue(): string {
    this._core.ensureCalculated();
    return displayText(
      this._core.cellValue(this._sheet, this._row, this._col),
      this._first('numberFormat') as string,
      this._core.timeZone,
    );
  }
  setValues(values: unknown[][]): this {
    const grid = this._checkGrid(values, 'setValues');
    this._guard();
    this._checkText(grid);
    grid.forEach((line, i) => line.forEach((v, j) => this._write(this._row + i, this._col + j, v)));
    this._core.markDirty();
    return this;
  }
  setValue(value: unknown): this {
    return this._writeAll(value);
  }
  getFormulas(): string[][] {
    return this._grid((r, c) => {
      const v = this._sheet.get(r, c);
      return isFormulaCell(v) ? v.formula : '';
    }) as string[][];
  }
  getFormula(): string {
    const v = this._sheet.get(this._row, this._col);
    return isFormulaCell(v) ? v.formula : '';
  }
  /** setFormula sets a formula whatever the number format (plain text only stops typed input). */
  setFormula(formula: string): this {
    this._guard();
    this._checkText([[formula]]);
    for (let r = this._row; r < this._row + this._numRows; r++) {
      for (let c = this._col; c < this._col + this._numCols; c++) this._writeFormula(r, c, formula);
    }
    this._core.markDirty();
    return this;
  }
  setFormulas(formulas: string[][]): this {
    const grid = this._checkGrid(formulas, 'setFormulas');
    this._guard();
    this._checkText(grid);
    grid.forEach((line, i) =>
      line.forEach((v, j) => this._writeFormula(this._row + i, this._col + j, v)),
    );
    this._core.markDirty();
    return this;
  }
  private _writeFormula(row: number, col: number, formula: unknown): void {
    const text = typeof formula === 'string' ? formula : String(formula ?? '');
    if (text.startsWith('=') && text.length > 1) {
      const m = this._sheet.mergeAt(row, col);
      if (m && (m.row !== row || m.col !== col)) return;
      this._sheet.set(row, col, { t: 'f', formula: text });
    } else {
      this._write(row, col, formula);
    }
  }
  isBlank(): boolean {
    for (let r = this._row; r < this._row + this._numRows; r++) {
      for (let c = this._col; c < this._col + this._numCols; c++) {
        if (this._sheet.get(r, c) !== undefined) return false;
      }
    }
    return true;
  }

  // ---- formats ----------------------------------------------------------------------------
  getBackgrounds(): string[][] {
    return this._formats('background') as string[][];
  }
  getBackground(): string {
    return this._first('background') as string;
  }
  setBackground(color: string | null): this {
    return this._formatAll('background', normaliseColour(color));
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this._formatGrid('background', colors, 'setBackgrounds', normaliseColour);
  }
  setBackgroundRGB(red: number, green: number, blue: number): this {
    const hex = [red, green, blue].map((n) => n.toString(16).padStart(2, '0')).join('');
    return this._formatAll('background', `#${hex}`);
  }
  getNumberFormats(): string[][] {
    return this._formats('numberFormat') as string[][];
  }
  getNumberFormat(): string {
    return this._first('numberFormat') as string;
  }
  setNumberFormat(numberFormat: string): this {
    return this._formatAll('numberFormat', numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): this {
    return this._formatGrid('numberFormat', numberFormats, 'setNumberFormats');
  }
  getFontWeights(): string[][] {
    return this._formats('fontWeight') as string[][];
  }
  getFontWeight(): string {
    return this._first('fontWeight') as string;
  }
  setFontWeight(fontWeight: string | null): this {
    return this._formatAll('fontWeight', fontWeight ?? undefined);
  }
  setFontWeights(fontWeights: (string | null)[][]): this {
    return this._formatGrid('fontWeight', fontWeights, 'setFontWeights', (v) => v ?? undefined);
  }
  getFontColors(): string[][] {
    return this._formats('fontColor') as string[][];
  }
  getFontColor(): string {
    return this._first('fontColor') as string;
  }
  setFontColor(color: string | null): this {
    return this._formatAll('fontColor', normaliseColour(color));
  }
  setFontColors(colors: (string | null)[][]): this {
    return this._formatGrid('fontColor', colors, 'setFontColors', normaliseColour);
  }
  setFontStyle(fontStyle: string | null): this {
    return this._formatAll('fontStyle', fontStyle ?? undefined);
  }
  setFontFamily(fontFamily: string | null): this {
    return this._formatAll('fontFamily', fontFamily ?? undefined);
  }
  setFontSize(size: number): this {
    return this._formatAll('fontSize', size);
  }
  setFontLine(fontLine: string | null): this {
    return this._formatAll('fontLine', fontLine ?? undefined);
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this._formatAll('horizontalAlignment', alignment ?? undefined);
  }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this._formatGrid('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }
  getHorizontalAlignments(): string[][] {
    return this._formats('horizontalAlignment') as string[][];
  }
  setVerticalAlignment(alignment: string | null): this {
    return this._formatAll('verticalAlignment', alignment ?? undefined);
  }
  getWraps(): boolean[][] {
    return this._formats('wrap') as boolean[][];
  }
  getWrap(): boolean {
    return this._first('wrap') as boolean;
  }
  setWrap(isWrapEnabled: boolean): this {
    this._formatAll('wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
    return this._formatAll('wrap', isWrapEnabled);
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    return this._formatGrid('wrap', isWrapEnabled, 'setWraps');
  }
  setWrapStrategy(strategy: unknown): this {
    const s = String(strategy);
    this._formatAll('wrap', s === 'WRAP');
    return this._formatAll('wrapStrategy', s);
  }
  getWrapStrategy(): string {
    return this._first('wrapStrategy') as string;
  }
  getNotes(): string[][] {
    return this._formats('note') as string[][];
  }
  getNote(): string {
    return this._first('note') as string;
  }
  setNote(note: string | null): this {
    return this._formatAll('note', note ?? undefined);
  }
  setNotes(notes: (string | null)[][]): this {
    return this._formatGrid('note', notes, 'setNotes', (v) => v ?? undefined);
  }
  clearNote(): this {
    return this._formatAll('note', undefined);
  }
  setBorder(...args: unknown[]): this {
    return this._formatAll('border', args.length ? args : undefined);
  }
  setDataValidation(rule: DataValidationImpl | null): this {
    return this._formatAll('dataValidation', rule ?? undefined);
  }
  setDataValidations(rules: (DataValidationImpl | null)[][]): this {
    return this._formatGrid('dataValidation', rules, 'setDataValidations', (v) => v ?? undefined);
  }
  getDataValidation(): DataValidationImpl | null {
    return this._first('dataValidation') as DataValidationImpl | null;
  }
  getDataValidations(): (DataValidationImpl | null)[][] {
    return this._formats('dataValidation') as (DataValidationImpl | null)[][];
  }
  clearDataValidations(): this {
    return this._formatAll('dataValidation', undefined);
  }
  insertCheckboxes(): this {
    this._formatAll('dataValidation', new DataValidationBuilderImpl().requireCheckbox().build());
    return this._writeAll(false);
  }

  // ---- clearing and selection -------------------------------------------------------------
  private _clearValues(): void {
    this._guard();
    for (let r = this._row; r < this._row + this._numRows; r++) {
      for (let c = this._col; c < this._col + this._numCols; c++) this._sheet.set(r, c, undefined);
    }
    this._core.markDirty();
  }
  private _clearFormats(): void {
    this._guard();
    const keep = this._sheet.formats.get('dataValidation');
    const notes = this._sheet.formats.get('note');
    this._sheet.formats.delete('dataValidation');
    this._sheet.formats.delete('note');
    this._sheet.clearFormats(this._row, this._col, this._numRows, this._numCols);
    if (keep) this._sheet.formats.set('dataValidation', keep);
    if (notes) this._sheet.formats.set('note', notes);
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): this {
    const o = options ?? {};
    const only = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!only || o.contentsOnly) this._clearValues();
    if (!only || o.formatOnly) this._clearFormats();
    if (!only || o.validationsOnly) this._formatAll('dataValidation', undefined);
    if (!only || o.commentsOnly) this._formatAll('note', undefined);
    return this;
  }
  clearContent(): this {
    this._clearValues();
    return this;
  }
  clearFormat(): this {
    this._clearFormats();
    return this;
  }
  activate(): this {
    this._core.activeSheetId = this._sheet.id;
    this._core.activeRange = this._active();
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }
  /** Merges the range into one block; like Sheets, only the top-left value is kept. */
  merge(): this {
    return this._merge([this._rect()]);
  }
  mergeAcross(): this {
    const rects: Rect[] = [];
    for (let r = 0; r < this._numRows; r++) {
      rects.push({ row: this._row + r, col: this._col, numRows: 1, numCols: this._numCols });
    }
    return this._merge(rects);
  }
  mergeVertically(): this {
    const rects: Rect[] = [];
    for (let c = 0; c < this._numCols; c++) {
      rects.push({ row: this._row, col: this._col + c, numRows: this._numRows, numCols: 1 });
    }
    return this._merge(rects);
  }
  private _merge(rects: Rect[]): this {
    this._guard();
    const s = this._sheet;
    const whole = this._rect();
    s.merges = s.merges.filter((m) => !rectsIntersect(m, whole));
    for (const m of rects) {
      if (m.numRows * m.numCols < 2) continue;
      s.merges.push(m);
      for (let r = m.row; r < m.row + m.numRows; r++) {
        for (let c = m.col; c < m.col + m.numCols; c++) {
          if (r !== m.row || c !== m.col) s.set(r, c, undefined);
        }
      }
    }
    this._core.markDirty();
    return this;
  }
  breakApart(): this {
    this._guard();
    const whole = this._rect();
    this._sheet.merges = this._sheet.merges.filter((m) => !rectsIntersect(m, whole));
    return this;
  }
  isPartOfMerge(): boolean {
    const whole = this._rect();
    return this._sheet.merges.some((m) => rectsIntersect(m, whole));
  }
  getMergedRanges(): RangeImpl[] {
    const whole = this._rect();
    const out = this._x.realm.newArray() as RangeImpl[];
    for (const m of this._sheet.merges) {
      if (!rectsIntersect(m, whole)) continue;
      out.push(new RangeImpl(this._core, this._x, this._sheet, m.row, m.col, m.numRows, m.numCols));
    }
    return out;
  }

  // ---- protection ---------------------------------------------------------------------------
  /** A range protection made by the script: its user becomes an editor, as in Sheets. */
  protect(): ProtectionImpl {
    const model = newProtection(this._sheet, this._rect());
    this._sheet.protections.push(model);
    return new ProtectionImpl(this._core, this._x, model);
  }

  /** RangeList's writes, outside the counted surface. */
  _setAll(value: unknown): void {
    this._writeAll(value);
  }
  _setFormatAll(key: FormatKey, value: unknown): void {
    this._formatAll(key, value);
  }

  /** appendRow's write: one row of typed values, outside the counted surface. */
  _writeRow(values: unknown[]): void {
    values.forEach((v, j) => this._write(this._row, this._col + j, v));
    this._core.markDirty();
  }

  _active(): ActiveRange {
    return {
      sheetId: this._sheet.id,
      row: this._row,
      col: this._col,
      numRows: this._numRows,
      numCols: this._numCols,
    };
  }
}

/** Builds a Range after Sheets' own bounds checks and messages. */
export function makeRange(
  core: Core,
  x: Execution,
  sheet: SheetModel,
  row: number,
  col: number,
  numRows = 1,
  numCols = 1,
): RangeImpl {
  const args = [row, col, numRows, numCols];
  if (args.some((n) => typeof n !== 'number' || !Number.isFinite(n))) {
    throw core.error(
      x,
      `The parameters (${args.map((a) => typeof a).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
    );
  }
  if (row < 1) throw core.error(x, 'The starting row of the range is too small.');
  if (col < 1) throw core.error(x, 'The starting column of the range is too small.');
  if (numRows < 1) throw core.error(x, 'The number of rows in the range must be at least 1.');
  if (numCols < 1) throw core.error(x, 'The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxColumns) {
    throw core.error(x, 'The coordinates of the range are outside the dimensions of the sheet.');
  }
  return new RangeImpl(
    core,
    x,
    sheet,
    Math.floor(row),
    Math.floor(col),
    Math.floor(numRows),
    Math.floor(numCols),
  );
}

export function rangeFromA1(
  core: Core,
  x: Execution,
  defaultSheet: SheetModel,
  notation: string,
): RangeImpl {
  const ref = parseA1(notation);
  if (!ref) throw core.error(x, 'Range not found');
  const sheet = ref.sheet === undefined ? defaultSheet : core.sheetByName(ref.sheet);
  if (!sheet) throw core.error(x, 'Range not found');
  const endRow = ref.endRow ?? sheet.maxRows;
  const endCol = ref.endCol ?? sheet.maxColumns;
  if (
    ref.row > sheet.maxRows ||
    ref.col > sheet.maxColumns ||
    endRow > sheet.maxRows ||
    endCol > sheet.maxColumns
  ) {
    throw core.error(x, 'Range not found');
  }
  return makeRange(core, x, sheet, ref.row, ref.col, endRow - ref.row + 1, endCol - ref.col + 1);
}

function sheetExists(core: Core, x: Execution, name: string): Error {
  return core.error(
    x,
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  );
}

export class SheetImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
    readonly _sheet: SheetModel,
  ) {}

  private _range(
    rowOrA1: number | string,
    col?: number,
    numRows?: number,
    numCols?: number,
  ): RangeImpl {
    if (typeof rowOrA1 === 'string') {
      if (col !== undefined) {
        throw this._core.error(
          this._x,
          "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
        );
      }
      const ref = parseA1(rowOrA1);
      if (ref?.sheet !== undefined && ref.sheet !== this._sheet.name) {
        throw this._core.error(this._x, 'Range not found');
      }
      return rangeFromA1(this._core, this._x, this._sheet, rowOrA1);
    }
    return makeRange(
      this._core,
      this._x,
      this._sheet,
      rowOrA1,
      col ?? Number.NaN,
      numRows ?? 1,
      numCols ?? 1,
    );
  }

  getName(): string {
    return this._sheet.name;
  }
  /** Structure (rows, columns, name) of a protected sheet is refused to a non-editor. */
  private _guardSheet(rect?: Rect): void {
    this._core.assertEditable(this._x, this._sheet, rect);
  }
  private _wholeSheet(): Rect {
    return { row: 1, col: 1, numRows: this._sheet.maxRows, numCols: this._sheet.maxColumns };
  }
  setName(name: string): this {
    this._guardSheet();
    const other = this._core.sheetNamedLike(name);
    if (other && other !== this._sheet) throw sheetExists(this._core, this._x, name);
    this._sheet.name = name;
    return this;
  }
  getSheetId(): number {
    return this._sheet.id;
  }
  getSheetName(): string {
    return this._sheet.name;
  }
  getIndex(): number {
    return this._core.sheets.indexOf(this._sheet) + 1;
  }
  getParent(): SpreadsheetImpl {
    return new SpreadsheetImpl(this._core, this._x);
  }
  getLastRow(): number {
    return this._sheet.lastRow();
  }
  getLastColumn(): number {
    return this._sheet.lastColumn();
  }
  getMaxRows(): number {
    return this._sheet.maxRows;
  }
  getMaxColumns(): number {
    return this._sheet.maxColumns;
  }
  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): RangeImpl {
    return this._range(rowOrA1, column, numRows, numColumns);
  }
  getDataRange(): RangeImpl {
    const rows = Math.max(1, this._sheet.lastRow());
    const cols = Math.max(1, this._sheet.lastColumn());
    return makeRange(this._core, this._x, this._sheet, 1, 1, rows, cols);
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this._guardSheet(this._wholeSheet());
    const s = this._sheet;
    if (!options?.formatOnly) {
      s.rows = [];
      s.formulaKeys.clear();
      this._core.markDirty();
    }
    if (!options?.contentsOnly) s.formats.clear();
    return this;
  }
  clearContents(): this {
    this._guardSheet(this._wholeSheet());
    this._sheet.rows = [];
    this._sheet.formulaKeys.clear();
    this._core.markDirty();
    return this;
  }
  clearFormats(): this {
    this._guardSheet(this._wholeSheet());
    const validations = this._sheet.formats.get('dataValidation');
    this._sheet.formats.clear();
    if (validations) this._sheet.formats.set('dataValidation', validations);
    return this;
  }
  private _checkRowIndex(row: number): void {
    if (!Number.isInteger(row) || row < 1 || row > this._sheet.maxRows) {
      throw this._core.error(this._x, 'Those rows are out of bounds.');
    }
  }
  /** Guards and the cell limit for inserting rows or columns. */
  private _beforeInsert(rows: number, cols: number): void {
    this._guardSheet();
    this._core.assertCellsFit(
      this._x,
      rows * this._sheet.maxColumns + cols * (this._sheet.maxRows + rows),
    );
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this._checkRowIndex(afterPosition);
    this._beforeInsert(howMany, 0);
    this._sheet.insertRows(afterPosition + 1, howMany);
    this._core.markDirty();
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this._checkRowIndex(beforePosition);
    this._beforeInsert(howMany, 0);
    this._sheet.insertRows(beforePosition, howMany);
    this._core.markDirty();
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this._checkRowIndex(rowIndex);
    this._beforeInsert(numRows, 0);
    this._sheet.insertRows(rowIndex, numRows);
    this._core.markDirty();
  }
  insertRowAfter(afterPosition: number): this {
    this._checkRowIndex(afterPosition);
    this._beforeInsert(1, 0);
    this._sheet.insertRows(afterPosition + 1, 1);
    this._core.markDirty();
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    this._checkRowIndex(beforePosition);
    this._beforeInsert(1, 0);
    this._sheet.insertRows(beforePosition, 1);
    this._core.markDirty();
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._checkRowIndex(rowPosition);
    if (rowPosition + howMany - 1 > this._sheet.maxRows) {
      throw this._core.error(this._x, 'Those rows are out of bounds.');
    }
    if (howMany >= this._sheet.maxRows - this._sheet.frozenRows) {
      throw this._core.error(this._x, 'Sorry, it is not possible to delete all non-frozen rows.');
    }
    this._guardSheet({
      row: rowPosition,
      col: 1,
      numRows: howMany,
      numCols: this._sheet.maxColumns,
    });
    this._sheet.deleteRows(rowPosition, howMany);
    this._core.markDirty();
  }
  deleteRow(rowPosition: number): this {
    this._checkRowIndex(rowPosition);
    if (this._sheet.maxRows - this._sheet.frozenRows <= 1) {
      throw this._core.error(this._x, 'Sorry, it is not possible to delete all non-frozen rows.');
    }
    this._guardSheet({ row: rowPosition, col: 1, numRows: 1, numCols: this._sheet.maxColumns });
    this._sheet.deleteRows(rowPosition, 1);
    this._core.markDirty();
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this._beforeInsert(0, howMany);
    this._sheet.insertColumns(afterPosition + 1, howMany);
    this._core.markDirty();
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this._beforeInsert(0, howMany);
    this._sheet.insertColumns(beforePosition, howMany);
    this._core.markDirty();
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || columnPosition + howMany - 1 > this._sheet.maxColumns) {
      throw this._core.error(this._x, 'Those columns are out of bounds.');
    }
    this._guardSheet({
      row: 1,
      col: columnPosition,
      numRows: this._sheet.maxRows,
      numCols: howMany,
    });
    this._sheet.deleteColumns(columnPosition, howMany);
    this._core.markDirty();
  }
  /** Appends after the last row with content, adding a row to the grid if it is full. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) {
      throw this._core.error(
        this._x,
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const s = this._sheet;
    const row = s.lastRow() + 1;
    const rows = Math.max(s.maxRows, row);
    const cols = Math.max(s.maxColumns, rowContents.length);
    this._core.assertCellsFit(this._x, rows * cols - s.maxRows * s.maxColumns);
    if (rowContents.length > 0) {
      const r = new RangeImpl(this._core, this._x, s, row, 1, 1, rowContents.length);
      r._checkText([rowContents]);
      this._core.assertEditable(this._x, s, r._rect());
    }
    s.maxRows = rows;
    s.maxColumns = cols;
    if (rowContents.length > 0) {
      const r = new RangeImpl(this._core, this._x, s, row, 1, 1, rowContents.length);
      r._writeRow(rowContents);
    }
    return this;
  }
  setFrozenRows(rows: number): void {
    this._sheet.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._sheet.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._sheet.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._sheet.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this._sheet.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this._sheet.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._sheet.columnWidths.get(columnPosition) ?? 100;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this._sheet.rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this._sheet.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this._sheet.rowHeights.get(rowPosition) ?? 21;
  }
  /** Approximates Sheets' fit-to-data: about 7 px per character of the longest display text. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const s = this._sheet;
    const last = Math.min(s.lastRow(), 5000);
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= last; r++) {
        const text = displayText(
          this._core.cellValue(s, r, c),
          s.getFormat('numberFormat', r, c) as string,
          this._core.timeZone,
        );
        longest = Math.max(longest, text.length);
      }
      s.columnWidths.set(c, Math.max(30, Math.min(500, longest * 7 + 12)));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
  activate(): this {
    this._core.activateSheet(this._sheet);
    return this;
  }
  showSheet(): this {
    this._sheet.hidden = false;
    return this;
  }
  hideSheet(): this {
    const visible = this._core.sheets.filter((s) => !s.hidden && s !== this._sheet);
    if (visible.length === 0)
      throw this._core.error(this._x, "You can't hide all the sheets in a document.");
    this._sheet.hidden = true;
    return this;
  }
  isSheetHidden(): boolean {
    return this._sheet.hidden;
  }
  setActiveRange(range: RangeImpl): RangeImpl {
    this._core.activeSheetId = this._sheet.id;
    this._core.activeRange = range._active();
    return range;
  }
  setActiveSelection(range: RangeImpl | string): RangeImpl {
    const r = typeof range === 'string' ? this._range(range) : range;
    this._core.activeSheetId = this._sheet.id;
    this._core.activeRange = r._active();
    return r;
  }
  getActiveRange(): RangeImpl | null {
    return activeRangeOf(this._core, this._x, this._sheet);
  }
  getActiveCell(): RangeImpl {
    const r = activeRangeOf(this._core, this._x, this._sheet);
    return r
      ? makeRange(this._core, this._x, this._sheet, r._row, r._col)
      : makeRange(this._core, this._x, this._sheet, 1, 1);
  }
  setTabColor(color: string | null): this {
    this._sheet.tabColor = normaliseColour(color) ?? null;
    return this;
  }
  /** Protects the whole sheet; its user becomes an editor. One sheet protection per sheet. */
  protect(): ProtectionImpl {
    const existing = this._sheet.protections.find((p) => p.rect === null);
    const model = existing ?? newProtection(this._sheet, null);
    if (!existing) this._sheet.protections.push(model);
    return new ProtectionImpl(this._core, this._x, model);
  }
  getProtections(type: string): ProtectionImpl[] {
    return protectionsOf(this._core, this._x, [this._sheet], type);
  }
  /** One RangeList over A1 notations of this sheet. */
  getRangeList(a1Notations: string[]): RangeListImpl {
    if (!Array.isArray(a1Notations)) {
      throw this._core.error(
        this._x,
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.getRangeList.",
      );
    }
    return new RangeListImpl(
      this._core,
      this._x,
      a1Notations.map((n) => this._range(String(n))),
    );
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._guardSheet();
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._sheet.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this._guardSheet();
    for (let c = columnIndex; c < columnIndex + numColumns; c++) {
      this._sheet.hiddenColumns.delete(c);
    }
  }
  hideColumn(column: RangeImpl): void {
    this.hideColumns(column._col, column._numCols);
  }
  unhideColumn(column: RangeImpl): void {
    this.showColumns(column._col, column._numCols);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._sheet.hiddenColumns.has(columnPosition);
  }
  getTabColor(): string | null {
    return this._sheet.tabColor;
  }
}

function activeRangeOf(core: Core, x: Execution, sheet?: SheetModel): RangeImpl | null {
  const a = core.activeRange;
  if (!a) return null;
  const s = core.sheetById(a.sheetId);
  if (!s || (sheet && s !== sheet)) return null;
  return new RangeImpl(core, x, s, a.row, a.col, a.numRows, a.numCols);
}

export class SpreadsheetImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
  ) {}

  private _wrap(s: SheetModel): SheetImpl {
    return new SheetImpl(this._core, this._x, s);
  }

  getId(): string {
    return this._core.id;
  }
  getName(): string {
    return this._core.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._core.id}/edit`;
  }
  getSheets(): SheetImpl[] {
    const out = this._x.realm.newArray();
    for (const s of this._core.sheets) out.push(this._wrap(s));
    return out as SheetImpl[];
  }
  getNumSheets(): number {
    return this._core.sheets.length;
  }
  getSheetByName(name: string): SheetImpl | null {
    const s = this._core.sheetByName(name);
    return s ? this._wrap(s) : null;
  }
  getSheetById(id: number): SheetImpl | null {
    const s = this._core.sheetById(id);
    return s ? this._wrap(s) : null;
  }
  /** insertSheet(), (index), (name), (name, index); the new sheet becomes active, as in Sheets. */
  insertSheet(nameOrIndex?: string | number, index?: number): SheetImpl {
    let name: string;
    let at: number | undefined;
    if (typeof nameOrIndex === 'number') {
      at = nameOrIndex;
      name = this._nextName();
    } else {
      name = nameOrIndex ?? this._nextName();
      at = index;
    }
    if (this._core.sheetNamedLike(name)) throw sheetExists(this._core, this._x, name);
    this._core.assertCellsFit(this._x, 1000 * 26);
    const s = this._core.addSheet(name, at);
    this._core.activeSheetId = s.id;
    this._core.activeRange = { sheetId: s.id, row: 1, col: 1, numRows: 1, numCols: 1 };
    return this._wrap(s);
  }
  private _nextName(): string {
    let n = this._core.sheets.length + 1;
    while (this._core.sheetByName(`Sheet${n}`)) n += 1;
    return `Sheet${n}`;
  }
  deleteSheet(sheet: SheetImpl): void {
    const core = this._core;
    if (core.sheets.length <= 1) {
      throw core.error(this._x, "You can't remove all the sheets in a document.");
    }
    core.assertEditable(this._x, sheet._sheet);
    core.sheets = core.sheets.filter((s) => s !== sheet._sheet);
    if (core.activeRange?.sheetId === sheet._sheet.id) core.activeRange = null;
    core.markDirty();
  }
  getActiveSheet(): SheetImpl {
    return this._wrap(this._core.activeSheet());
  }
  setActiveSheet(sheet: SheetImpl): SheetImpl {
    this._core.activateSheet(sheet._sheet);
    return sheet;
  }
  getActiveRange(): RangeImpl | null {
    return activeRangeOf(this._core, this._x);
  }
  setActiveRange(range: RangeImpl): RangeImpl {
    this._core.activeSheetId = range._sheet.id;
    this._core.activeRange = range._active();
    return range;
  }
  setActiveSelection(notation: string): RangeImpl {
    const r = rangeFromA1(this._core, this._x, this._core.activeSheet(), notation);
    this._core.activeSheetId = r._sheet.id;
    this._core.activeRange = r._active();
    return r;
  }
  getActiveCell(): RangeImpl | null {
    const r = activeRangeOf(this._core, this._x);
    return r ? new RangeImpl(this._core, this._x, r._sheet, r._row, r._col, 1, 1) : null;
  }
  getRange(a1Notation: string): RangeImpl {
    return rangeFromA1(this._core, this._x, this._core.activeSheet(), a1Notation);
  }
  getProtections(type: string): ProtectionImpl[] {
    return protectionsOf(this._core, this._x, this._core.sheets, type);
  }
  /** A RangeList on the active sheet. */
  getRangeList(a1Notations: string[]): RangeListImpl {
    return new SheetImpl(this._core, this._x, this._core.activeSheet()).getRangeList(a1Notations);
  }
  getSpreadsheetTimeZone(): string {
    return this._core.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      assertTimeZone(timezone);
    } catch {
      throw this._core.error(this._x, `Invalid argument: timezone`);
    }
    this._core.timeZone = timezone;
    this._core.markDirty();
  }
  getSpreadsheetLocale(): string {
    return this._core.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._core.locale = locale;
  }
  toast(msg: string, title = '', timeoutSeconds = 5): void {
    this._core.ui.toasts.push({ message: String(msg), title: String(title), timeoutSeconds });
  }
}

let protectionSeq = 0;

function newProtection(sheet: SheetModel, rect: Rect | null): ProtectionModel {
  protectionSeq += 1;
  return {
    id: protectionSeq,
    sheetId: sheet.id,
    rect,
    unprotected: [],
    warningOnly: false,
    description: '',
    editors: [''],
    userCanEdit: true,
    domainEdit: false,
  };
}

function protectionsOf(
  core: Core,
  x: Execution,
  sheets: readonly SheetModel[],
  type: string,
): ProtectionImpl[] {
  const kind = String(type);
  const out = x.realm.newArray() as ProtectionImpl[];
  for (const sheet of sheets) {
    for (const p of sheet.protections) {
      if ((p.rect === null ? 'SHEET' : 'RANGE') === kind) out.push(new ProtectionImpl(core, x, p));
    }
  }
  return out;
}

class UserRef {
  constructor(private readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
}

/** A protected range or sheet (see ProtectionModel). */
export class ProtectionImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
    readonly _model: ProtectionModel,
  ) {}
  private _sheet(): SheetModel {
    const sheet = this._core.sheetById(this._model.sheetId);
    if (!sheet) throw this._core.error(this._x, 'The sheet of this protection was deleted.');
    return sheet;
  }
  /** Only an editor may change a protection. */
  private _mine(): void {
    if (!this._model.userCanEdit) {
      throw this._core.error(
        this._x,
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    }
  }
  canEdit(): boolean {
    return this._model.userCanEdit || this._model.warningOnly;
  }
  canDomainEdit(): boolean {
    return this._model.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this._mine();
    this._model.domainEdit = Boolean(editable);
    return this;
  }
  getProtectionType(): string {
    return this._model.rect === null ? 'SHEET' : 'RANGE';
  }
  getRange(): RangeImpl {
    const sheet = this._sheet();
    const r = this._model.rect ?? {
      row: 1,
      col: 1,
      numRows: sheet.maxRows,
      numCols: sheet.maxColumns,
    };
    return new RangeImpl(this._core, this._x, sheet, r.row, r.col, r.numRows, r.numCols);
  }
  setRange(range: RangeImpl): this {
    this._mine();
    if (this._model.rect !== null) this._model.rect = range._rect();
    return this;
  }
  getUnprotectedRanges(): RangeImpl[] {
    const sheet = this._sheet();
    const out = this._x.realm.newArray() as RangeImpl[];
    for (const u of this._model.unprotected) {
      out.push(new RangeImpl(this._core, this._x, sheet, u.row, u.col, u.numRows, u.numCols));
    }
    return out;
  }
  setUnprotectedRanges(ranges: RangeImpl[]): this {
    this._mine();
    if (this._model.rect === null) this._model.unprotected = ranges.map((r) => r._rect());
    return this;
  }
  isWarningOnly(): boolean {
    return this._model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this._mine();
    this._model.warningOnly = Boolean(warningOnly);
    return this;
  }
  getDescription(): string {
    return this._model.description;
  }
  setDescription(description: string): this {
    this._mine();
    this._model.description = String(description);
    return this;
  }
  getEditors(): UserRef[] {
    const out = this._x.realm.newArray() as UserRef[];
    for (const e of this._model.editors) out.push(new UserRef(e));
    return out;
  }
  addEditor(email: string): this {
    return this.addEditors([email]);
  }
  addEditors(emails: string[]): this {
    this._mine();
    for (const e of emails) if (!this._model.editors.includes(e)) this._model.editors.push(e);
    return this;
  }
  removeEditor(email: string): this {
    return this.removeEditors([email]);
  }
  /** The owner stays an editor; removing the current user here keeps them one (see README). */
  removeEditors(emails: string[]): this {
    this._mine();
    this._model.editors = this._model.editors.filter((e) => !emails.includes(e));
    return this;
  }
  remove(): void {
    this._mine();
    const sheet = this._sheet();
    sheet.protections = sheet.protections.filter((p) => p !== this._model);
  }
}

/** Several ranges of one sheet treated as one: each setter applies to every range. */
export class RangeListImpl {
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
    readonly _ranges: RangeImpl[],
  ) {}
  _cells(): number {
    let n = 0;
    for (const r of this._ranges) n += r._cells();
    return n;
  }
  /** Sheets checks the whole request first: nothing is written when one range is refused. */
  private _each(fn: (r: RangeImpl) => void, value?: unknown): this {
    for (const r of this._ranges) r._guard();
    if (value !== undefined) for (const r of this._ranges) r._checkText([[value]]);
    for (const r of this._ranges) fn(r);
    return this;
  }
  getRanges(): RangeImpl[] {
    const out = this._x.realm.newArray() as RangeImpl[];
    for (const r of this._ranges) out.push(r);
    return out;
  }
  setValue(value: unknown): this {
    return this._each((r) => r._setAll(value), value);
  }
  setNumberFormat(format: string): this {
    return this._each((r) => r._setFormatAll('numberFormat', format));
  }
  setFontWeight(fontWeight: string | null): this {
    return this._each((r) => r._setFormatAll('fontWeight', fontWeight ?? undefined));
  }
  setBackground(color: string | null): this {
    return this._each((r) => r._setFormatAll('background', normaliseColour(color)));
  }
  clearContent(): this {
    return this._each((r) => r._setAll(null));
  }
  /**
   * Selects every range of the list, the last one becoming the active range (Apps Script's
   * RangeList.activate: "Selects the list of Range instances. The last range in the list is set
   * as the active range").
   */
  activate(): this {
    const ranges = this._ranges.map((r) => r._active());
    const last = ranges[ranges.length - 1];
    if (!last) return this;
    this._core.activeSheetId = last.sheetId;
    this._core.activeRange = last;
    this._core.activeRangeList = { ranges, active: last };
    return this;
  }
}

export class SpreadsheetAppImpl {
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: 'VALUE_IN_LIST',
    VALUE_IN_RANGE: 'VALUE_IN_RANGE',
    CHECKBOX: 'CHECKBOX',
    NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    CUSTOM_FORMULA: 'CUSTOM_FORMULA',
    DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
    TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  } as const;
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
  readonly BorderStyle = {
    SOLID: 'SOLID',
    SOLID_MEDIUM: 'SOLID_MEDIUM',
    DOTTED: 'DOTTED',
    DASHED: 'DASHED',
  } as const;

  constructor(
    readonly _core: Core,
    readonly _x: Execution,
  ) {}

  getActive(): SpreadsheetImpl {
    return new SpreadsheetImpl(this._core, this._x);
  }
  getActiveSpreadsheet(): SpreadsheetImpl {
    return new SpreadsheetImpl(this._core, this._x);
  }
  openById(id: string): SpreadsheetImpl {
    if (id !== this._core.id) {
      throw this._core.error(
        this._x,
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return new SpreadsheetImpl(this._core, this._x);
  }
  getActiveSheet(): SheetImpl {
    return new SheetImpl(this._core, this._x, this._core.activeSheet());
  }
  setActiveSheet(sheet: SheetImpl): SheetImpl {
    this._core.activateSheet(sheet._sheet);
    return sheet;
  }
  getActiveRange(): RangeImpl | null {
    return activeRangeOf(this._core, this._x);
  }
  setActiveRange(range: RangeImpl): RangeImpl {
    this._core.activeSheetId = range._sheet.id;
    this._core.activeRange = range._active();
    return range;
  }
  getCurrentCell(): RangeImpl | null {
    const r = activeRangeOf(this._core, this._x);
    return r ? new RangeImpl(this._core, this._x, r._sheet, r._row, r._col, 1, 1) : null;
  }
  getUi(): UiImpl {
    return new UiImpl(this._core, this._x);
  }
  /** Writes are applied at once in the emulator, so flush has nothing to do but be counted. */
  flush(): void {}
  newDataValidation(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl();
  }
}

instrument(SpreadsheetAppImpl, 'SpreadsheetApp');
instrument(SpreadsheetImpl, 'Spreadsheet');
instrument(SheetImpl, 'Sheet');
instrument(RangeImpl, 'Range');
instrument(ProtectionImpl, 'Protection');
instrument(RangeListImpl, 'RangeList');
