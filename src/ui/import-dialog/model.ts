/**
 * The import dialog's state and everything it decides, without the DOM: which files are chosen,
 * what crosses to the server and in how many calls, what the summary says. Pure functions over
 * a plain state object; main.ts keeps the one current state and view.ts draws it. Unit-tested
 * in node (tests/ui/import-dialog-model.test.ts).
 */
import type { ImportDialogInfo, ImportFileInput, ImportResult } from '../../core/wire/types';
import { localeOf, t, type Locale, type MessageKey, type MessageParams } from '../../core/i18n';

/** google.script.run refuses arguments over about 50 MB; stay under it with room for JSON. */
export const MAX_CALL_BYTES = 45 * 1024 * 1024;
/** Above this the seller is told the import may take a while. */
export const LARGE_BYTES = 10 * 1024 * 1024;
/** Files from this size on show reading progress. */
export const PROGRESS_FROM_BYTES = 256 * 1024;

export type PasteKind = 'auto' | 'claims' | 'chargebacks';
export const PASTE_KINDS: readonly PasteKind[] = ['auto', 'claims', 'chargebacks'];

/** A chosen file as the model knows it; main.ts keeps the File object under the same id. */
export interface ChosenFile {
  id: number;
  name: string;
  size: number;
}

export interface Notice {
  text: string;
  kind: 'error' | 'info';
}

export interface Progress {
  text: string;
  /** null: indeterminate. */
  percent: number | null;
}

export interface FileSummary {
  file: string;
  ok: boolean;
  type: string;
  lines: string[];
}

export interface Summary {
  title: string;
  headline: string;
  files: FileSummary[];
  /** Shown when something was imported: the dashboard now reads the imported sheets. */
  dashboardHint: string | null;
}

export interface DialogState {
  locale: Locale;
  reportTypes: readonly string[];
  files: readonly ChosenFile[];
  nextId: number;
  busy: boolean;
  notice: Notice | null;
  progress: Progress | null;
  summary: Summary | null;
}

export function initialState(browserLanguage: string | undefined): DialogState {
  return {
    locale: localeOf(browserLanguage),
    reportTypes: [],
    files: [],
    nextId: 1,
    busy: false,
    notice: null,
    progress: null,
    summary: null,
  };
}

export function tr(state: DialogState, key: MessageKey, params: MessageParams = {}): string {
  return t(state.locale, key, params);
}

/** The server's word on language and recognised types (the dialog works without it too). */
export function withInfo(state: DialogState, info: ImportDialogInfo): DialogState {
  return { ...state, locale: info.locale, reportTypes: info.reportTypes };
}

export function addFiles(
  state: DialogState,
  files: readonly { name: string; size: number }[],
): { state: DialogState; added: ChosenFile[] } {
  const added = files.map((f, i) => ({ id: state.nextId + i, name: f.name, size: f.size }));
  return {
    state: { ...state, files: [...state.files, ...added], nextId: state.nextId + files.length },
    added,
  };
}

export function removeFile(state: DialogState, id: number): DialogState {
  return { ...state, files: state.files.filter((f) => f.id !== id) };
}

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function withNotice(state: DialogState, notice: Notice | null): DialogState {
  return { ...state, notice };
}

export function withProgress(state: DialogState, progress: Progress | null): DialogState {
  return { ...state, progress };
}

/** Reading progress of a large file; null for small ones (they read in a blink). */
export function readingProgress(
  state: DialogState,
  file: { name: string; size: number },
  loaded: number,
  total: number,
): Progress | null {
  if (file.size <= PROGRESS_FROM_BYTES || total <= 0) return null;
  const percent = Math.round((loaded / total) * 100);
  return { text: tr(state, 'import.reading', { file: file.name, percent }), percent };
}

/** Why Import cannot start, or null when it can. */
export function cannotStart(state: DialogState, pasted: string): Notice | null {
  if (state.files.length === 0 && pasted.trim() === '') {
    return { text: tr(state, 'import.nothing'), kind: 'error' };
  }
  return null;
}

/** UTF-16 (Excel's "Unicode text") has a BOM or NUL bytes between ASCII letters. */
export function looksUtf16(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return true;
  }
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n > 0 && zeros > n / 8;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes → base64 without btoa's binary-string step (no size limit from string building). */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 16384;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let s = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i];
      const b = i + 1 < end ? bytes[i + 1] : 0;
      const c = i + 2 < end ? bytes[i + 2] : 0;
      const triple = (a << 16) | (b << 8) | c;
      s += B64[(triple >> 18) & 63] + B64[(triple >> 12) & 63];
      s += i + 1 < end ? B64[(triple >> 6) & 63] : '=';
      s += i + 2 < end ? B64[triple & 63] : '=';
    }
    parts.push(s);
  }
  return parts.join('');
}

/**
 * What crosses to the server: UTF-8 files as text (a third smaller than base64), anything else
 * (UTF-16, Windows-1252, binary) as base64 bytes for the server's decoder to recognise.
 * `decodeUtf8` is the browser's strict decoder: it returns null when the bytes are not UTF-8.
 */
export function payloadOf(
  name: string,
  bytes: Uint8Array,
  decodeUtf8: (bytes: Uint8Array) => string | null,
): ImportFileInput {
  if (!looksUtf16(bytes)) {
    const text = decodeUtf8(bytes);
    if (text !== null) return { name, text };
  }
  return { name, base64: toBase64(bytes) };
}

export function sizeOf(input: ImportFileInput): number {
  return (input.text ?? input.base64 ?? '').length + input.name.length;
}

/** A file too large for one call, as the notice that says so; null when it fits. */
export function tooLarge(
  state: DialogState,
  input: ImportFileInput,
  fileSize: number,
): Notice | null {
  if (sizeOf(input) <= MAX_CALL_BYTES) return null;
  return {
    text: tr(state, 'import.tooLarge', { file: input.name, size: megabytes(fileSize) }),
    kind: 'error',
  };
}

/** Files in calls of at most MAX_CALL_BYTES each, in the order chosen. */
export function batches(inputs: readonly ImportFileInput[]): ImportFileInput[][] {
  const out: ImportFileInput[][] = [];
  let current: ImportFileInput[] = [];
  let size = 0;
  for (const input of inputs) {
    const s = sizeOf(input);
    if (current.length > 0 && size + s > MAX_CALL_BYTES) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(input);
    size += s;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The pasted list as a file: a claims or chargebacks list with generic headers is told apart by its name (core). */
export function pastedInput(
  state: DialogState,
  text: string,
  kind: PasteKind,
): ImportFileInput | null {
  if (text.trim() === '') return null;
  const name =
    kind === 'claims'
      ? tr(state, 'import.pastedClaims')
      : kind === 'chargebacks'
        ? tr(state, 'import.pastedChargebacks')
        : tr(state, 'import.pastedName');
  return { name, text };
}

/** The notice before a large import starts; null when it is small. */
export function largeImportNotice(
  state: DialogState,
  inputs: readonly ImportFileInput[],
): Notice | null {
  const total = inputs.reduce((n, i) => n + sizeOf(i), 0);
  if (total <= LARGE_BYTES) return null;
  return { text: tr(state, 'import.largeWarning', { size: megabytes(total) }), kind: 'info' };
}

export function importingProgress(state: DialogState, count: number): Progress {
  return { text: tr(state, 'import.importing', { count }), percent: null };
}

/** The summary of one import (one result per call), in the language the server answered in. */
export function summaryOf(state: DialogState, results: readonly ImportResult[]): DialogState {
  const locale = results.length > 0 ? results[0].locale : state.locale;
  const next = { ...state, locale };
  const written = [...new Set(results.flatMap((r) => r.sheetsWritten))];
  const anyImported = results.some((r) => r.anyImported);
  const headline = !anyImported
    ? tr(next, 'import.summary.noneImported')
    : written.length > 0
      ? tr(next, 'import.summary.done', { sheets: written.join(', ') })
      : tr(next, 'import.summary.nothingChanged');
  const summary: Summary = {
    title: tr(next, 'import.summary.title'),
    headline,
    files: results.flatMap((r) =>
      r.files.map((f) => ({ file: f.file, ok: f.ok, type: f.type ?? '', lines: f.lines })),
    ),
    dashboardHint: anyImported ? tr(next, 'import.summary.openDashboard') : null,
  };
  // Imported files leave the list; a failed import keeps them for another try.
  return { ...next, summary, files: anyImported ? [] : state.files };
}

export function failed(state: DialogState, error: string): DialogState {
  return { ...state, notice: { text: tr(state, 'import.failed', { error }), kind: 'error' } };
}

export function readFailed(state: DialogState, file: string, error: string): DialogState {
  return {
    ...state,
    notice: { text: tr(state, 'import.readFailed', { file, error }), kind: 'error' },
  };
}
