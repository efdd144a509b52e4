import { ImportError } from './errors';
import { HEADER_SEARCH_LINES, recogniseHeader } from './recognise';

/**
 * Delimited text → rows, RFC 4180 style: quoted fields may hold delimiters, line breaks and
 * doubled quotes; CRLF, LF and CR all end a record. Hand-written because no package may be
 * added and it must run in Apps Script's V8 and in a browser alike.
 */
export type Delimiter = '\t' | ',' | ';';

export interface ParsedRow {
  /** 1-based line of the source text the row starts on, for messages. */
  line: number;
  cells: string[];
  /** Set on a row cut short (a truncated download's last line): the import skips it. */
  partial?: boolean;
}

export interface ParsedTable {
  delimiter: Delimiter;
  /** Header cells, trimmed, trailing empty cells removed. */
  header: string[];
  /** 1-based line of the header row. */
  headerLine: number;
  /** Lines before the header (report title, "Report generated on …"). */
  preamble: string[];
  /** Data rows; blank rows are left out, trailing empty cells removed. */
  rows: ParsedRow[];
  /** Whether a known report's header was found (otherwise the first non-blank line was used). */
  headerRecognised: boolean;
}

export interface ParseOptions {
  /** Tells a header line; defaults to "a report ODR Guard recognises". */
  isHeader?: (cells: readonly string[]) => boolean;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const DELIMITERS: readonly Delimiter[] = ['\t', ',', ';'];

export function parseDelimited(input: string, options: ParseOptions = {}): ParsedTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const isHeader = options.isHeader ?? ((cells) => recogniseHeader(cells) !== null);
  const lines = firstLines(text, HEADER_SEARCH_LINES);
  let chosen: { index: number; delimiter: Delimiter; recognised: boolean } | null = null;
  for (let i = 0; i < lines.length && !chosen; i++) {
    const line = lines[i].text;
    if (line.trim() === '') continue;
    let best: { delimiter: Delimiter; width: number } | null = null;
    for (const d of DELIMITERS) {
      if (!line.includes(d)) continue;
      const cells = trimTrailing(splitLine(line, d).map((c) => c.trim()));
      if (isHeader(cells) && (!best || cells.length > best.width)) {
        best = { delimiter: d, width: cells.length };
      }
    }
    if (best) chosen = { index: i, delimiter: best.delimiter, recognised: true };
  }
  if (!chosen) {
    const index = lines.findIndex((l) => l.text.trim() !== '');
    if (index < 0) {
      return {
        delimiter: '\t',
        header: [],
        headerLine: 1,
        preamble: [],
        rows: [],
        headerRecognised: false,
      };
    }
    chosen = { index, delimiter: likelyDelimiter(lines[index].text), recognised: false };
  }
  const start = lines[chosen.index];
  const preamble = lines.slice(0, chosen.index).map((l) => l.text);
  const rows: ParsedRow[] = [];
  let header: string[] | null = null;
  readRecords(text, start.offset, chosen.index + 1, chosen.delimiter, (cells, line) => {
    if (header === null) {
      header = trimTrailing(cells.map((c) => c.trim()));
      return;
    }
    const trimmed = trimTrailing(cells);
    if (trimmed.length === 0) return;
    rows.push({ line, cells: trimmed });
  });
  return {
    delimiter: chosen.delimiter,
    header: header ?? [],
    headerLine: chosen.index + 1,
    preamble,
    rows,
    headerRecognised: chosen.recognised,
  };
}

/** Drops trailing cells that are empty or only spaces (Excel pads rows with delimiters). */
function trimTrailing(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1].trim() === '') n--;
  if (n !== cells.length) cells.length = n;
  return cells;
}

interface Line {
  text: string;
  offset: number;
}

/** The first physical lines with their offsets (header search only; quotes ignored). */
function firstLines(text: string, count: number): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < text.length && out.length < count) {
    let j = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === CR || c === LF) break;
      j++;
    }
    out.push({ text: text.slice(i, j), offset: i });
    if (j < text.length && text.charCodeAt(j) === CR && text.charCodeAt(j + 1) === LF) j++;
    i = j + 1;
  }
  return out;
}

/** For files whose header is not recognised: the delimiter the first line uses most. */
function likelyDelimiter(line: string): Delimiter {
  let best: Delimiter = '\t';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = line.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Splits one physical line, honouring quotes within it (used while looking for the header). */
export function splitLine(line: string, delimiter: Delimiter): string[] {
  const cells: string[] = [];
  readRecords(`${line}\n`, 0, 1, delimiter, (record) => cells.push(...record), true);
  return cells;
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) n++;
  }
  return n;
}

/**
 * The record reader. Calls `emit` per record with the line it starts on. An unterminated quote
 * fails the whole file (issue 5: a file that fails to parse writes nothing); `lenient` (header
 * search on a single line) reads it as written instead.
 */
function readRecords(
  text: string,
  start: number,
  startLine: number,
  delimiter: Delimiter,
  emit: (cells: string[], line: number) => void,
  lenient = false,
): void {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = start;
  let line = startLine;
  let row: string[] = [];
  let rowLine = line;
  const fieldEnd = (from: number): number => {
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === delim || c === CR || c === LF) break;
      j++;
    }
    return j;
  };
  while (i <= n) {
    let field: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      let value = '';
      let seg = i + 1;
      let close = -1;
      for (;;) {
        const q = text.indexOf('"', seg);
        if (q < 0) break;
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(seg, q + 1);
          seg = q + 2;
          continue;
        }
        value += text.slice(seg, q);
        close = q;
        break;
      }
      if (close < 0) {
        if (lenient) {
          field = text.slice(i, fieldEnd(i));
          row.push(field);
          emit(row, rowLine);
          return;
        }
        throw new ImportError(
          `Line ${line}: a quoted field starts here but its closing quote never comes, so the file ` +
            'looks cut off or broken. Nothing from this file was imported; download it again.',
          line,
        );
      }
      const after = close + 1;
      const c = after < n ? text.charCodeAt(after) : -1;
      if (c === -1 || c === delim || c === CR || c === LF) {
        field = value;
        line += countBreaks(text, i, after);
        i = after;
      } else {
        // Text after the closing quote (`"Best" ruler`): not RFC 4180. Read it as written when it
        // is on one line; otherwise keep the quoted part and what follows, so records stay aligned.
        const breaks = countBreaks(text, i, after);
        if (breaks === 0) {
          const end = fieldEnd(i);
          field = text.slice(i, end);
          i = end;
        } else {
          const end = fieldEnd(after);
          field = value + text.slice(after, end);
          line += breaks;
          i = end;
        }
      }
    } else {
      const end = fieldEnd(i);
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= n) {
      emit(row, rowLine);
      return;
    }
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    emit(row, rowLine);
    row = [];
    rowLine = line;
    if (i >= n) return;
  }
}
