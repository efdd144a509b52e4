import { msg, type Message } from '../i18n';
import { ImportError } from './errors';
import { HEADER_SEARCH_LINES, recogniseHeader, translateReportHeader } from './recognise';

/**
 * Delimited text → rows. Comma- and semicolon-separated files are read as RFC 4180: quoted
 * fields may hold delimiters, line breaks and doubled quotes. Amazon's tab-separated reports are
 * not CSV: Amazon does not escape quotes in them, so a title or buyer comment may start with a
 * lone `"` (docs/rules.md §6). In a tab-separated file a quote is therefore a literal character
 * unless the field is a complete, well-formed quoted field — closed by a quote right before a
 * tab or line end, every quote inside doubled — and one that spans lines does not swallow what
 * look like whole rows. A row with more fields than the header, and a last row cut short by a
 * truncated download, are reported by line number and not imported, never merged into another.
 *
 * CRLF, LF and CR all end a record. Hand-written because it must run in Apps Script's V8 and in
 * a browser alike, and report source lines.
 */
export type Delimiter = '\t' | ',' | ';';

export interface ParsedRow {
  /** 1-based line of the source text the row starts on, for messages. */
  line: number;
  cells: string[];
}

/** A row read but not imported because its fields do not fit the header (issue 12). */
export interface RejectedRow {
  /** 1-based line the row starts on. */
  line: number;
  /** Fields in the row (trailing empty ones left out) and in the header. */
  fields: number;
  expected: number;
  kind: 'tooManyFields' | 'truncated' | 'otherHeader';
  /** What the summary says after "Line {line}: ". */
  message: Message;
}

export interface ParsedTable {
  delimiter: Delimiter;
  /**
   * Header cells, trimmed, trailing empty cells removed. Japanese report headers (注文番号,
   * 購入日 …) are given as the English report's (amazon-order-id, purchase-date …), so one
   * ledger holds one column set whatever the feed language; `headerAsWritten` keeps the file's.
   */
  header: string[];
  headerAsWritten: string[];
  /** 1-based line of the header row. */
  headerLine: number;
  /** Lines before the header (report title, "Report generated on …"). */
  preamble: string[];
  /** Data rows; blank rows are left out, trailing empty cells removed. */
  rows: ParsedRow[];
  /** Rows not imported: more fields than the header, or the last row of a cut-off download. */
  rejected: RejectedRow[];
  /** What the summary should say about the file as a whole (headers translated …). */
  notes: Message[];
  /** Whether a known report's header was found (otherwise the first non-blank line was used). */
  headerRecognised: boolean;
  /**
   * Lines where a later download of a joined file starts (its header, repeated or narrower):
   * rows of different parts that are exactly alike are the downloads' overlap.
   */
  partStarts: number[];
}

export interface ParseOptions {
  /** Tells a header line; defaults to "a report ODR Guard recognises". */
  isHeader?: (cells: readonly string[]) => boolean;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const DELIMITERS: readonly Delimiter[] = ['\t', ',', ';'];
/** A quoted field in a tab-separated file may span at most this many line breaks. */
const MAX_QUOTED_BREAKS = 20;

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
        headerAsWritten: [],
        headerLine: 1,
        preamble: [],
        rows: [],
        rejected: [],
        notes: [],
        headerRecognised: false,
        partStarts: [],
      };
    }
    chosen = { index, delimiter: likelyDelimiter(lines[index].text), recognised: false };
  }
  const start = lines[chosen.index];
  const preamble = lines.slice(0, chosen.index).map((l) => l.text);
  const rows: ParsedRow[] = [];
  const rejected: RejectedRow[] = [];
  let header: string[] | null = null;
  let headerWidth = 0;
  let longestRaw = 0;
  // Several downloads joined into one file (copy/paste, `cat`): the header again, perhaps after
  // the second file's byte-order mark. The same header is skipped and said once; a different
  // one means the rows below have other columns, so they are not read by the first header.
  const repeatedHeaders: number[] = [];
  let otherHeaderLine = 0;
  // A later part whose header names only columns the first header has (an older download
  // that stops at promotion-ids): its rows are moved to the first header's positions.
  let part: { header: string[]; width: number; map: number[]; longestRaw: number } | null = null;
  const remappedAt: number[] = [];
  const reader = new RecordReader(text, chosen.delimiter);
  reader.read(start.offset, chosen.index + 1, (cells, line, endedByBreak) => {
    if (header === null) {
      headerWidth = cells.length;
      header = trimTrailing(cells.map((c) => c.trim()));
      return;
    }
    const raw = cells.length;
    const trimmed = trimTrailing(cells);
    if (trimmed.length === 0) return;
    const expected = header.length;
    if (otherHeaderLine > 0) {
      rejected.push(rejectedRow(line, trimmed.length, expected, 'otherHeader', otherHeaderLine));
      return;
    }
    // Data rows start with an id or a date; only a first cell without digits may be a header.
    if (!/\d/.test(trimmed[0])) {
      const cellsTrimmed = trimmed.map((c) => c.trim());
      if (sameCells(cellsTrimmed, header) || (part && sameCells(cellsTrimmed, part.header))) {
        repeatedHeaders.push(line);
        return;
      }
      if (isHeader(cellsTrimmed)) {
        const map = columnMap(cellsTrimmed, header);
        if (map) {
          part = { header: cellsTrimmed, width: raw, map, longestRaw: 0 };
          remappedAt.push(line);
          return;
        }
        otherHeaderLine = line;
        rejected.push(rejectedRow(line, trimmed.length, expected, 'otherHeader', line));
        return;
      }
    }
    const width = part ? part.width : headerWidth;
    const wanted = part ? part.header.length : expected;
    if (trimmed.length > width) {
      rejected.push(rejectedRow(line, trimmed.length, wanted, 'tooManyFields'));
      return;
    }
    // A download cut short ends inside its last row: no line break after it, and fewer fields
    // than the header and than the rows before it (rows may lose trailing empty fields).
    const longest = part ? part.longestRaw : longestRaw;
    if (!endedByBreak && raw < width && trimmed.length < wanted && raw < longest) {
      rejected.push(rejectedRow(line, trimmed.length, wanted, 'truncated'));
      return;
    }
    if (part) {
      if (raw > part.longestRaw) part.longestRaw = raw;
      const moved = new Array<string>(expected).fill('');
      for (let i = 0; i < trimmed.length; i++) moved[part.map[i]] = trimmed[i];
      rows.push({ line, cells: trimTrailing(moved) });
      return;
    }
    if (raw > longestRaw) longestRaw = raw;
    rows.push({ line, cells: trimmed });
  });
  const written: string[] = header ?? [];
  const translated = translateReportHeader(written);
  const notes: Message[] = [];
  if (remappedAt.length > 0) {
    notes.push(msg('importFiles.headers.remapped', { lines: remappedAt.join(', ') }));
  }
  if (repeatedHeaders.length > 0) {
    notes.push(msg('importFiles.headers.repeated', { lines: repeatedHeaders.join(', ') }));
  }
  if (translated.examples.length > 0) {
    notes.push(msg('importFiles.headers.translated', { examples: translated.examples.join(', ') }));
  }
  return {
    delimiter: chosen.delimiter,
    header: translated.cells,
    headerAsWritten: written,
    headerLine: chosen.index + 1,
    preamble,
    rows,
    rejected,
    notes,
    headerRecognised: chosen.recognised,
    partStarts: [...repeatedHeaders, ...remappedAt].sort((a, b) => a - b),
  };
}

function rejectedRow(
  line: number,
  fields: number,
  expected: number,
  kind: RejectedRow['kind'],
  headerLine = 0,
): RejectedRow {
  const message =
    kind === 'otherHeader'
      ? msg('importFiles.row.otherHeader', { headerLine })
      : msg(
          kind === 'tooManyFields' ? 'importFiles.row.tooManyFields' : 'importFiles.row.truncated',
          {
            fields,
            expected,
          },
        );
  return { line, fields, expected, kind, message };
}

/**
 * Where each column of a later header sits in the first one (by name, as the report spells
 * it), or null when the later header has a column the first lacks or names one twice.
 */
function columnMap(later: readonly string[], first: readonly string[]): number[] | null {
  const map: number[] = [];
  for (const cell of later) {
    const at = first.indexOf(cell);
    if (at < 0 || map.includes(at)) return null;
    map.push(at);
  }
  return map;
}

/** Whether a row repeats the header (a byte-order mark or spaces around a cell aside). */
function sameCells(cells: readonly string[], header: readonly string[]): boolean {
  if (cells.length !== header.length) return false;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].replace(/^\uFEFF/, '') !== header[i]) return false;
  }
  return true;
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
  new RecordReader(`${line}\n`, delimiter, true).read(0, 1, (record) => cells.push(...record));
  return cells;
}

/**
 * The record reader. Calls `emit` per record with the line it starts on and whether a line
 * break ended it (not the end of the text). In CSV an unterminated quote fails the whole file
 * (issue 5: a file that fails to parse writes nothing); `lenient` (header search on a single
 * line) reads it as written instead. In a tab-separated file quotes are literal unless a field
 * is a complete quoted field.
 */
class RecordReader {
  private readonly n: number;
  private readonly delim: number;
  private readonly literalQuotes: boolean;
  /** The last quote search: from `quoteFrom`, the first quote is at `quoteAt` (-1: none). */
  private quoteFrom = -1;
  private quoteAt = -1;

  constructor(
    private readonly text: string,
    delimiter: Delimiter,
    private readonly lenient = false,
  ) {
    this.n = text.length;
    this.delim = delimiter.charCodeAt(0);
    this.literalQuotes = delimiter === '\t';
  }

  /**
   * The first quote at or after `from`. Searches are remembered, so a file with many lone
   * quotes is still read in one pass, not once per quote.
   */
  private nextQuote(from: number): number {
    if (
      this.quoteFrom >= 0 &&
      from >= this.quoteFrom &&
      (this.quoteAt < 0 || from <= this.quoteAt)
    ) {
      return this.quoteAt;
    }
    this.quoteFrom = from;
    this.quoteAt = this.text.indexOf('"', from);
    return this.quoteAt;
  }

  /** The end of an unquoted field: the next delimiter or line break. */
  private fieldEnd(from: number): number {
    const { text, n, delim } = this;
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === delim || c === CR || c === LF) break;
      j++;
    }
    return j;
  }

  private countBreaks(from: number, to: number): number {
    const { text } = this;
    let count = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) count++;
      else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
    }
    return count;
  }

  /**
   * In a tab-separated file, whether a quoted field from `open` to `close` may span the line
   * breaks inside it: a few lines (Excel's "Text (Tab delimited)" quotes a cell with line
   * breaks), none of them after the first holding a tab — a tab there means the quote has run
   * into the next row, as an unescaped quote in Amazon's reports does.
   */
  private plausibleMultiLine(open: number, close: number): boolean {
    const { text, delim } = this;
    let breaks = 0;
    for (let i = open + 1; i < close; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        if (c === CR && text.charCodeAt(i + 1) === LF) i++;
        breaks++;
        if (breaks > MAX_QUOTED_BREAKS) return false;
      } else if (c === delim && breaks > 0) {
        return false;
      }
    }
    return true;
  }

  /** A quoted field at `i`: its value and where it ends, or null to read it as written. */
  private quotedField(i: number): { value: string; end: number; breaks: number } | null {
    const { text, n, delim } = this;
    let value = '';
    let seg = i + 1;
    for (;;) {
      const q = this.nextQuote(seg);
      if (q < 0) break;
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(seg, q + 1);
        seg = q + 2;
        continue;
      }
      value += text.slice(seg, q);
      const after = q + 1;
      const c = after < n ? text.charCodeAt(after) : -1;
      const complete = c === -1 || c === delim || c === CR || c === LF;
      const breaks = this.countBreaks(i, after);
      if (complete) {
        if (breaks > 0 && this.literalQuotes && !this.plausibleMultiLine(i, q)) return null;
        return { value, end: after, breaks };
      }
      if (this.literalQuotes || breaks === 0) return null;
      // CSV with text after the closing quote on a later line: keep the quoted part and what
      // follows, so records stay aligned.
      const end = this.fieldEnd(after);
      return { value: value + text.slice(after, end), end, breaks };
    }
    if (this.literalQuotes || this.lenient) return null;
    throw new ImportError(
      msg('import.error.unclosedQuote', { line: this.currentLine }),
      this.currentLine,
    );
  }

  /** The line the reader is on (1-based). */
  private currentLine = 1;

  read(
    start: number,
    startLine: number,
    emit: (cells: string[], line: number, endedByBreak: boolean) => void,
  ): void {
    const { text, n, delim } = this;
    let i = start;
    this.currentLine = startLine;
    let row: string[] = [];
    let rowLine = startLine;
    while (i <= n) {
      let field: string;
      const quoted = i < n && text.charCodeAt(i) === QUOTE ? this.quotedField(i) : null;
      if (quoted) {
        field = quoted.value;
        this.currentLine += quoted.breaks;
        i = quoted.end;
      } else {
        const end = this.fieldEnd(i);
        field = text.slice(i, end);
        i = end;
      }
      row.push(field);
      if (i >= n) {
        emit(row, rowLine, false);
        return;
      }
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      this.currentLine++;
      emit(row, rowLine, true);
      row = [];
      rowLine = this.currentLine;
      if (i >= n) return;
    }
  }
}
