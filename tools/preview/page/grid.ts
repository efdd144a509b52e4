/// <reference lib="dom" />
/** The spreadsheet part of the preview page: the grid, the formula bar and the sheet tabs. */
import type { SheetSnapshot } from '../../emulator';
import type { PreviewState, Selection } from '../protocol';
import { byId, clear, el, letter } from './dom';

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:/;

export function shownSheet(state: PreviewState): SheetSnapshot {
  return state.sheets.find((s) => s.name === state.activeSheet) ?? state.sheets[0];
}

function inSelection(sel: Selection | null, row: number, col: number): boolean {
  return (
    sel !== null &&
    row >= sel.row &&
    row < sel.row + sel.numRows &&
    col >= sel.col &&
    col < sel.col + sel.numCols
  );
}

function cellClasses(sheet: SheetSnapshot, i: number, c: number, row: number): string[] {
  const v = sheet.values[i][c - 1];
  const classes: string[] = [];
  if (typeof v === 'number' || (typeof v === 'string' && ISO_INSTANT.test(v))) classes.push('num');
  if (typeof v === 'boolean') classes.push('bool');
  if (sheet.fontWeights[i][c - 1] === 'bold') classes.push('bold');
  if (sheet.formulaErrors[`${row},${c}`]) classes.push('formula-error');
  return classes;
}

function headerRow(cols: number, sel: Selection | null): HTMLTableSectionElement {
  const head = el('thead');
  const hr = el('tr');
  hr.appendChild(el('th', { class: 'corner' }));
  for (let c = 1; c <= cols; c++) {
    const selected = sel !== null && c >= sel.col && c < sel.col + sel.numCols;
    hr.appendChild(
      el(
        'th',
        { 'data-testid': `col-header-${letter(c)}`, class: selected ? 'sel-header' : null },
        letter(c),
      ),
    );
  }
  head.appendChild(hr);
  return head;
}

function bodyRows(sheet: SheetSnapshot, sel: Selection | null): HTMLTableSectionElement {
  const body = el('tbody');
  for (let i = 0; i < sheet.values.length; i++) {
    const row = sheet.startRow + i;
    const tr = el('tr', { 'data-row': String(row) });
    const selRow = sel !== null && row >= sel.row && row < sel.row + sel.numRows;
    tr.appendChild(
      el(
        'th',
        { 'data-testid': `row-header-${row}`, class: selRow ? 'sel-header' : null },
        String(row),
      ),
    );
    for (let c = 1; c <= sheet.maxColumns; c++) {
      const a1 = letter(c) + row;
      const classes = cellClasses(sheet, i, c, row);
      const selected = inSelection(sel, row, c);
      if (selected) classes.push('selected');
      if (sel && sel.row === row && sel.col === c) classes.push('current');
      const formula = sheet.formulas[i][c - 1];
      const error = sheet.formulaErrors[`${row},${c}`];
      const background = sheet.backgrounds[i][c - 1];
      tr.appendChild(
        el(
          'td',
          {
            'data-testid': `cell-${a1}`,
            'data-a1': a1,
            'data-row': String(row),
            'data-col': String(c),
            'data-bg': background,
            'aria-selected': selected ? 'true' : null,
            class: classes.join(' ') || null,
            title: error ? (formula ? `${formula}\n` : '') + error : formula || null,
            style: background !== '#ffffff' ? `background-color:${background}` : null,
          },
          sheet.display[i][c - 1],
        ),
      );
    }
    body.appendChild(tr);
  }
  return body;
}

let lastSelectionKey = '';

export function forgetSelection(): void {
  lastSelectionKey = '';
}

export function renderGrid(state: PreviewState, grid: HTMLTableElement): void {
  const sheet = shownSheet(state);
  clear(grid);
  grid.setAttribute('data-sheet', sheet.name);
  const colgroup = el('colgroup');
  colgroup.appendChild(el('col', { style: 'width:46px' }));
  let total = 46;
  for (let c = 1; c <= sheet.maxColumns; c++) {
    const w = sheet.columnWidths[String(c)] || 100;
    total += w;
    colgroup.appendChild(el('col', { style: `width:${w}px` }));
  }
  // A fixed layout needs the table's own width, or the browser squeezes columns to fit.
  grid.style.width = `${total}px`;
  grid.appendChild(colgroup);
  const sel = state.selection && state.selection.sheet === sheet.name ? state.selection : null;
  grid.appendChild(headerRow(sheet.maxColumns, sel));
  grid.appendChild(bodyRows(sheet, sel));
  const shownTo = sheet.startRow + sheet.values.length - 1;
  if (sheet.startRow > 1 || shownTo < sheet.maxRows) {
    const note = el(
      'caption',
      { class: 'window-note', 'data-testid': 'grid-window' },
      `Rows ${sheet.startRow}–${shownTo} of ${sheet.maxRows} (last row with data: ${sheet.lastRow})`,
    );
    note.style.captionSide = 'bottom';
    note.style.textAlign = 'left';
    grid.appendChild(note);
  }
  renderFormulaBar(sheet, sel);
  const key = sel ? `${sheet.name}!${sel.a1}` : '';
  if (sel && key !== lastSelectionKey) {
    const target = grid.querySelector(`td[data-a1="${letter(sel.col)}${sel.row}"]`);
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
  lastSelectionKey = key;
}

function renderFormulaBar(sheet: SheetSnapshot, sel: Selection | null): void {
  byId('name-box').textContent = sel ? sel.a1 : '';
  let text = '';
  if (sel) {
    const i = sel.row - sheet.startRow;
    if (i >= 0 && i < sheet.values.length) {
      text = sheet.formulas[i][sel.col - 1] || sheet.display[i][sel.col - 1];
    }
  }
  byId('formula-bar').textContent = text;
}

export function renderTabs(state: PreviewState, select: (sheet: string) => void): void {
  const tabs = byId('tabs');
  clear(tabs);
  for (const s of state.sheets) {
    if (s.hidden) continue;
    const b = el(
      'button',
      {
        type: 'button',
        class: 'tab',
        role: 'tab',
        'data-testid': `sheet-tab-${s.name}`,
        'data-sheet': s.name,
        'aria-selected': s.name === state.activeSheet ? 'true' : 'false',
      },
      s.name,
    );
    b.addEventListener('click', () => select(s.name));
    tabs.appendChild(b);
  }
}
