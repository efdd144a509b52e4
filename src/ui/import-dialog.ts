/// <reference lib="dom" />
/**
 * The import dialog (issue 5): the seller picks or drops report files and/or pastes a list; the
 * browser reads the bytes, the server recognises and merges them, and the dialog ends with a
 * summary per file. All text goes in through text nodes (dom.ts): file names and the server's
 * messages can carry buyer text.
 */
import type { ImportFileInput, ImportFileReport, ImportResult } from '../core/wire/types';
import { localeOf, t, type Locale, type MessageKey } from '../core/i18n';
import { h, replaceChildren } from './dom';
import { callServer, readableMessage } from './rpc';

/** google.script.run refuses arguments over about 50 MB; stay under it with room for JSON. */
const MAX_CALL_BYTES = 45 * 1024 * 1024;
/** Above this the seller is told the import may take a while. */
const LARGE_BYTES = 10 * 1024 * 1024;

let locale: Locale = localeOf(navigator.language);
let reportTypes: string[] = [];
const chosen: File[] = [];
let busy = false;

function tr(key: MessageKey, params: Record<string, string | number> = {}): string {
  return t(locale, key, params);
}

function mustFind(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`import-dialog.html lacks #${id}`);
  return el;
}

const app = mustFind('app');

// ---- the page's parts (built once; texts are set by drawTexts so the locale can change) ----

// No heading: the dialog's own title bar already says "Import Amazon reports".
const intro = h('p', { class: 'intro' });
const dropText = h('p', { class: 'drop-text' });
const fileInput = h('input', {
  class: 'file-input',
  testid: 'import-file-input',
  attrs: { type: 'file', multiple: '', id: 'import-files', accept: '.txt,.tsv,.csv,.json,text/*' },
});
const chooseLabel = h('label', {
  class: 'btn',
  testid: 'import-choose',
  attrs: { for: 'import-files', tabindex: '0', role: 'button' },
});
const drop = h(
  'div',
  { class: 'drop', testid: 'import-drop' },
  dropText,
  h('div', { class: 'btn-row' }, chooseLabel, fileInput),
);
const fileList = h('ul', { class: 'file-list', testid: 'import-file-list' });
const pasteLabel = h('label', { class: 'paste-label', attrs: { for: 'import-paste' } });
const paste = h('textarea', {
  class: 'paste',
  testid: 'import-paste',
  attrs: { id: 'import-paste', spellcheck: 'false', wrap: 'off' },
});
const pasteKindLabel = h('label', { class: 'small', attrs: { for: 'import-paste-kind' } });
const pasteKind = h('select', {
  class: 'small',
  testid: 'import-paste-kind',
  attrs: { id: 'import-paste-kind' },
});
const progressText = h('p', { class: 'small', testid: 'import-progress-text' });
const progressBar = h('progress', { attrs: { max: '100' } });
const progress = h(
  'div',
  { class: 'progress', testid: 'import-progress' },
  progressText,
  progressBar,
);
const message = h('div', { testid: 'import-message', attrs: { role: 'status' } });
const summary = h('div', { class: 'summary', testid: 'import-summary' });
const typesTitle = h('summary');
const typesList = h('ul');
const types = h('details', { class: 'types small muted' }, typesTitle, typesList);
const runButton = h('button', {
  class: 'btn btn-primary',
  testid: 'import-run',
  attrs: { type: 'button' },
});
const closeButton = h('button', {
  class: 'btn',
  testid: 'import-close',
  attrs: { type: 'button' },
});

progress.hidden = true;
replaceChildren(
  app,
  h(
    'div',
    { class: 'dialog-body' },
    intro,
    drop,
    fileList,
    pasteLabel,
    paste,
    h('div', { class: 'paste-kind' }, pasteKindLabel, pasteKind),
    progress,
    message,
    summary,
    types,
  ),
  h('div', { class: 'dialog-footer btn-row' }, closeButton, runButton),
);

function drawTexts(): void {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  document.title = tr('import.title');
  intro.textContent = tr('import.intro');
  dropText.textContent = tr('import.drop');
  chooseLabel.textContent = tr('import.choose');
  pasteLabel.textContent = tr('import.paste.label');
  paste.placeholder = tr('import.paste.placeholder');
  pasteKindLabel.textContent = tr('import.pasteKind.label');
  const kind = pasteKind.value || 'auto';
  replaceChildren(
    pasteKind,
    ...(['auto', 'claims', 'chargebacks'] as const).map((k) =>
      h('option', { text: tr(`import.pasteKind.${k}`), attrs: { value: k } }),
    ),
  );
  pasteKind.value = kind;
  runButton.textContent = tr('import.run');
  closeButton.textContent = tr('import.close');
  typesTitle.textContent = tr('import.types.title');
  replaceChildren(typesList, ...reportTypes.map((type) => h('li', { text: type })));
  types.hidden = reportTypes.length === 0;
  drawFiles();
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function drawFiles(): void {
  if (chosen.length === 0) {
    replaceChildren(fileList, h('li', { class: 'muted small', text: tr('import.noFiles') }));
    return;
  }
  replaceChildren(
    fileList,
    ...chosen.map((file, i) =>
      h(
        'li',
        { testid: 'import-file' },
        h('span', { class: 'name', text: file.name }),
        h('span', { class: 'muted small', text: `${megabytes(file.size)} MB` }),
        h('button', {
          class: 'btn btn-text',
          text: tr('import.remove'),
          attrs: { type: 'button' },
          on: {
            click: () => {
              chosen.splice(i, 1);
              drawFiles();
            },
          },
        }),
      ),
    ),
  );
}

function addFiles(list: FileList | null): void {
  if (!list) return;
  for (let i = 0; i < list.length; i++) chosen.push(list[i]);
  drawFiles();
}

function showMessage(text: string, kind: 'error' | 'info'): void {
  replaceChildren(
    message,
    text === ''
      ? null
      : h('div', {
          class: `box ${kind === 'error' ? 'box-error' : 'box-info'}`,
          testid: kind === 'error' ? 'import-error' : 'import-info',
          text,
        }),
  );
}

function setBusy(value: boolean): void {
  busy = value;
  runButton.disabled = value;
  fileInput.disabled = value;
  paste.disabled = value;
  app.setAttribute('aria-busy', value ? 'true' : 'false');
}

function setProgress(text: string | null, percent: number | null): void {
  progress.hidden = text === null;
  progressText.textContent = text ?? '';
  if (percent === null) progressBar.removeAttribute('value');
  else progressBar.value = percent;
}

// ---- reading files ---------------------------------------------------------------------------

/** The file's bytes, with reading progress for large files. */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && file.size > 256 * 1024) {
        const percent = Math.round((e.loaded / e.total) * 100);
        setProgress(tr('import.reading', { file: file.name, percent }), percent);
      }
    };
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read error'));
    reader.readAsArrayBuffer(file);
  });
}

/** UTF-16 (Excel's "Unicode text") has a BOM or NUL bytes between ASCII letters. */
function looksUtf16(bytes: Uint8Array): boolean {
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
function toBase64(bytes: Uint8Array): string {
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
 */
function payloadOf(name: string, bytes: Uint8Array): ImportFileInput {
  if (!looksUtf16(bytes) && typeof TextDecoder !== 'undefined') {
    try {
      return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      // Not UTF-8: let the server decide (Windows-1252 or binary).
    }
  }
  return { name, base64: toBase64(bytes) };
}

function sizeOf(input: ImportFileInput): number {
  return (input.text ?? input.base64 ?? '').length + input.name.length;
}

/** Files in calls of at most MAX_CALL_BYTES each, in the order chosen. */
function batches(inputs: ImportFileInput[]): ImportFileInput[][] {
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

// ---- the summary -----------------------------------------------------------------------------

function renderFile(file: ImportFileReport): HTMLElement {
  return h(
    'div',
    {
      class: `file-result ${file.ok ? 'ok' : 'failed'}`,
      testid: 'import-file-result',
      attrs: { 'data-ok': String(file.ok), 'data-type': file.type ?? '' },
    },
    h('strong', { text: file.file }),
    ...file.lines.map((line) => h('p', { class: 'small', text: line })),
  );
}

function renderSummary(results: ImportResult[]): void {
  const files = results.flatMap((r) => r.files);
  const written = [...new Set(results.flatMap((r) => r.sheetsWritten))];
  const anyImported = results.some((r) => r.anyImported);
  const headline = !anyImported
    ? tr('import.summary.noneImported')
    : written.length > 0
      ? tr('import.summary.done', { sheets: written.join(', ') })
      : tr('import.summary.nothingChanged');
  replaceChildren(
    summary,
    h('h2', { text: tr('import.summary.title') }),
    h('p', { testid: 'import-headline', text: headline }),
    ...files.map(renderFile),
    anyImported
      ? h('div', {
          class: 'box box-info',
          testid: 'import-dashboard-hint',
          text: tr('import.summary.openDashboard'),
        })
      : null,
  );
  summary.scrollIntoView({ block: 'start' });
}

/** A claims or chargebacks list with generic headers is told apart by its name (core). */
function pastedName(): string {
  if (pasteKind.value === 'claims') return tr('import.pastedClaims');
  if (pasteKind.value === 'chargebacks') return tr('import.pastedChargebacks');
  return tr('import.pastedName');
}

// ---- the import --------------------------------------------------------------------------

async function runImport(): Promise<void> {
  if (busy) return;
  const pasted = paste.value;
  if (chosen.length === 0 && pasted.trim() === '') {
    showMessage(tr('import.nothing'), 'error');
    return;
  }
  setBusy(true);
  showMessage('', 'info');
  replaceChildren(summary);
  try {
    const inputs: ImportFileInput[] = [];
    for (const file of chosen) {
      let bytes: Uint8Array;
      try {
        bytes = await readBytes(file);
      } catch (error) {
        showMessage(
          tr('import.readFailed', { file: file.name, error: readableMessage(error) }),
          'error',
        );
        return;
      }
      const input = payloadOf(file.name, bytes);
      if (sizeOf(input) > MAX_CALL_BYTES) {
        showMessage(
          tr('import.tooLarge', { file: file.name, size: megabytes(file.size) }),
          'error',
        );
        return;
      }
      inputs.push(input);
    }
    if (pasted.trim() !== '') inputs.push({ name: pastedName(), text: pasted });
    const total = inputs.reduce((n, i) => n + sizeOf(i), 0);
    if (total > LARGE_BYTES)
      showMessage(tr('import.largeWarning', { size: megabytes(total) }), 'info');
    setProgress(tr('import.importing', { count: inputs.length }), null);
    const results: ImportResult[] = [];
    for (const batch of batches(inputs)) results.push(await callServer('importReports', batch));
    if (results.length > 0) locale = results[0].locale;
    renderSummary(results);
    if (results.some((r) => r.anyImported)) {
      chosen.length = 0;
      paste.value = '';
      drawFiles();
    }
  } catch (error) {
    showMessage(tr('import.failed', { error: readableMessage(error) }), 'error');
  } finally {
    setProgress(null, null);
    setBusy(false);
  }
}

function closeDialog(): void {
  const g = (globalThis as { google?: { script?: { host?: { close?: () => void } } } }).google;
  g?.script?.host?.close?.();
}

fileInput.addEventListener('change', () => {
  addFiles(fileInput.files);
  // Picking the same file again must fire change again.
  fileInput.value = '';
});
chooseLabel.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    fileInput.click();
  }
});
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('drag-over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('drag-over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('drag-over');
  if (!busy) addFiles(e.dataTransfer ? e.dataTransfer.files : null);
});
runButton.addEventListener('click', () => void runImport());
closeButton.addEventListener('click', closeDialog);

drawTexts();
setBusy(false);
callServer('getImportDialogInfo')
  .then((info) => {
    locale = info.locale;
    reportTypes = info.reportTypes;
    drawTexts();
  })
  .catch(() => {
    // The dialog works without the list; the summary names types anyway.
  });
