/// <reference lib="dom" />
/**
 * The import dialog's DOM: built once, then drawn from the model's state. All text goes in
 * through text nodes (../dom.ts): file names and the server's messages can carry buyer text.
 */
import { h, replaceChildren } from '../dom';
import {
  PASTE_KINDS,
  megabytes,
  tr,
  type DialogState,
  type FileSummary,
  type PasteKind,
  type Summary,
} from './model';

export interface Handlers {
  addFiles(files: FileList | null): void;
  removeFile(id: number): void;
  run(): void;
  close(): void;
}

export type View = ReturnType<typeof createView>;

export function createView(app: HTMLElement, on: Handlers) {
  // No heading: the dialog's own title bar already says "Import Amazon reports".
  const intro = h('p', { class: 'intro' });
  const dropText = h('p', { class: 'drop-text' });
  const fileInput = h('input', {
    class: 'file-input',
    testid: 'import-file-input',
    attrs: {
      type: 'file',
      multiple: '',
      id: 'import-files',
      accept: '.txt,.tsv,.csv,.json,text/*',
    },
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

  fileInput.addEventListener('change', () => {
    on.addFiles(fileInput.files);
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
    on.addFiles(e.dataTransfer ? e.dataTransfer.files : null);
  });
  runButton.addEventListener('click', () => on.run());
  closeButton.addEventListener('click', () => on.close());

  function drawTexts(state: DialogState): void {
    document.documentElement.lang = state.locale === 'zh' ? 'zh-CN' : 'en';
    document.title = tr(state, 'import.title');
    intro.textContent = tr(state, 'import.intro');
    dropText.textContent = tr(state, 'import.drop');
    chooseLabel.textContent = tr(state, 'import.choose');
    pasteLabel.textContent = tr(state, 'import.paste.label');
    paste.placeholder = tr(state, 'import.paste.placeholder');
    pasteKindLabel.textContent = tr(state, 'import.pasteKind.label');
    const kind = pasteKind.value || 'auto';
    replaceChildren(
      pasteKind,
      ...PASTE_KINDS.map((k) =>
        h('option', { text: tr(state, `import.pasteKind.${k}`), attrs: { value: k } }),
      ),
    );
    pasteKind.value = kind;
    runButton.textContent = tr(state, 'import.run');
    closeButton.textContent = tr(state, 'import.close');
    typesTitle.textContent = tr(state, 'import.types.title');
    replaceChildren(typesList, ...state.reportTypes.map((type) => h('li', { text: type })));
    types.hidden = state.reportTypes.length === 0;
  }

  function drawFiles(state: DialogState): void {
    if (state.files.length === 0) {
      replaceChildren(
        fileList,
        h('li', { class: 'muted small', text: tr(state, 'import.noFiles') }),
      );
      return;
    }
    replaceChildren(
      fileList,
      ...state.files.map((file) =>
        h(
          'li',
          { testid: 'import-file' },
          h('span', { class: 'name', text: file.name }),
          h('span', { class: 'muted small', text: `${megabytes(file.size)} MB` }),
          h('button', {
            class: 'btn btn-text',
            text: tr(state, 'import.remove'),
            attrs: { type: 'button' },
            on: { click: () => on.removeFile(file.id) },
          }),
        ),
      ),
    );
  }

  function fileResult(file: FileSummary): HTMLElement {
    return h(
      'div',
      {
        class: `file-result ${file.ok ? 'ok' : 'failed'}`,
        testid: 'import-file-result',
        attrs: { 'data-ok': String(file.ok), 'data-type': file.type },
      },
      h('strong', { text: file.file }),
      ...file.lines.map((line) => h('p', { class: 'small', text: line })),
    );
  }

  let shownSummary: Summary | null = null;

  function drawSummary(state: DialogState): void {
    if (state.summary === shownSummary) return;
    shownSummary = state.summary;
    const s = state.summary;
    if (!s) {
      replaceChildren(summary);
      return;
    }
    replaceChildren(
      summary,
      h('h2', { text: s.title }),
      h('p', { testid: 'import-headline', text: s.headline }),
      ...s.files.map(fileResult),
      s.dashboardHint
        ? h('div', {
            class: 'box box-info',
            testid: 'import-dashboard-hint',
            text: s.dashboardHint,
          })
        : null,
    );
    summary.scrollIntoView({ block: 'start' });
  }

  function draw(state: DialogState): void {
    drawTexts(state);
    drawFiles(state);
    const n = state.notice;
    replaceChildren(
      message,
      n === null
        ? null
        : h('div', {
            class: `box ${n.kind === 'error' ? 'box-error' : 'box-info'}`,
            testid: n.kind === 'error' ? 'import-error' : 'import-info',
            text: n.text,
          }),
    );
    progress.hidden = state.progress === null;
    progressText.textContent = state.progress?.text ?? '';
    if (state.progress?.percent === null || state.progress === null) {
      progressBar.removeAttribute('value');
    } else {
      progressBar.value = state.progress.percent;
    }
    runButton.disabled = state.busy;
    fileInput.disabled = state.busy;
    paste.disabled = state.busy;
    app.setAttribute('aria-busy', state.busy ? 'true' : 'false');
    drawSummary(state);
  }

  return {
    draw,
    pasted: (): { text: string; kind: PasteKind } => ({
      text: paste.value,
      kind: (pasteKind.value || 'auto') as PasteKind,
    }),
    clearPaste: (): void => {
      paste.value = '';
    },
  };
}
