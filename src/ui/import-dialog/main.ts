/// <reference lib="dom" />
/**
 * The import dialog (issue 5): the seller picks or drops report files and/or pastes a list; the
 * browser reads the bytes, the server recognises and merges them, and the dialog ends with a
 * summary per file. This file holds the one current state, wires the view's events to the
 * model and talks to the browser (FileReader) and the server (google.script.run).
 */
import type { ImportFileInput, ImportResult } from '../../core/wire/types';
import { callServer, readableMessage } from '../rpc';
import {
  addFiles,
  batches,
  cannotStart,
  failed,
  importingProgress,
  initialState,
  largeImportNotice,
  pastedInput,
  payloadOf,
  readFailed,
  readingProgress,
  removeFile,
  summaryOf,
  tooLarge,
  withInfo,
  withNotice,
  withProgress,
  type ChosenFile,
  type DialogState,
} from './model';
import { createView } from './view';

const app = document.getElementById('app');
if (!app) throw new Error('import-dialog page lacks #app');

let state: DialogState = initialState(navigator.language);
/** The File objects behind the model's chosen files, by id. */
const picked = new Map<number, File>();

function update(next: DialogState): void {
  state = next;
  view.draw(state);
}

/** The browser's strict UTF-8 decoder; null when the bytes are not UTF-8 (or there is none). */
function decodeUtf8(bytes: Uint8Array): string | null {
  if (typeof TextDecoder === 'undefined') return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The file's bytes, with reading progress for large files. */
function readBytes(chosen: ChosenFile, file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (!e.lengthComputable) return;
      const progress = readingProgress(state, chosen, e.loaded, e.total);
      if (progress) update(withProgress(state, progress));
    };
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read error'));
    reader.readAsArrayBuffer(file);
  });
}

/** Every chosen file as it crosses to the server, or null after telling why one cannot. */
async function readInputs(): Promise<ImportFileInput[] | null> {
  const inputs: ImportFileInput[] = [];
  for (const chosen of state.files) {
    const file = picked.get(chosen.id);
    if (!file) continue;
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(chosen, file);
    } catch (error) {
      update(readFailed(state, chosen.name, readableMessage(error)));
      return null;
    }
    const input = payloadOf(chosen.name, bytes, decodeUtf8);
    const notice = tooLarge(state, input, chosen.size);
    if (notice) {
      update(withNotice(state, notice));
      return null;
    }
    inputs.push(input);
  }
  return inputs;
}

async function runImport(): Promise<void> {
  if (state.busy) return;
  const pasted = view.pasted();
  const refusal = cannotStart(state, pasted.text);
  if (refusal) {
    update(withNotice(state, refusal));
    return;
  }
  update({ ...state, busy: true, notice: null, summary: null });
  try {
    const inputs = await readInputs();
    if (inputs === null) return;
    const pastedFile = pastedInput(state, pasted.text, pasted.kind);
    if (pastedFile) inputs.push(pastedFile);
    update({
      ...state,
      notice: largeImportNotice(state, inputs),
      progress: importingProgress(state, inputs.length),
    });
    const results: ImportResult[] = [];
    for (const batch of batches(inputs)) results.push(await callServer('importReports', batch));
    update(summaryOf(state, results));
    if (results.some((r) => r.anyImported)) {
      picked.clear();
      view.clearPaste();
    }
  } catch (error) {
    update(failed(state, readableMessage(error)));
  } finally {
    update({ ...state, busy: false, progress: null });
  }
}

function closeDialog(): void {
  const g = (globalThis as { google?: { script?: { host?: { close?: () => void } } } }).google;
  g?.script?.host?.close?.();
}

const view = createView(app, {
  addFiles(list) {
    if (!list || state.busy) return;
    const files = Array.from(list);
    const { state: next, added } = addFiles(state, files);
    added.forEach((chosen, i) => picked.set(chosen.id, files[i]));
    update(next);
  },
  removeFile(id) {
    picked.delete(id);
    update(removeFile(state, id));
  },
  run: () => void runImport(),
  close: closeDialog,
});

update(state);
callServer('getImportDialogInfo')
  .then((info) => update(withInfo(state, info)))
  .catch(() => {
    // The dialog works without the list; the summary names types anyway.
  });
