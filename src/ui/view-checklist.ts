/// <reference lib="dom" />
/**
 * The appeal checklist (docs/rules.md §5). Inputs change the state in place and ask for a save;
 * only the progress figures are redrawn, so typing never loses focus.
 */
import type { ChecklistState, PlanReadiness } from '../core/wire/types';
import { CHECKLIST_STEPS, NOTE_MAX_LENGTH, checklistProgress } from '../core/plan/checklist';
import { CATALOG, t, type Locale, type MessageKey } from '../core/i18n';
import { h } from './dom';
import { formatCount } from './format';
import { appendLines, stepProgress, withDone, withNote, type SaveStatus } from './model';

export interface ChecklistActions {
  /** The seller changed something: keep it and save soon. */
  change(state: ChecklistState): void;
  /** Save now (a note lost focus). */
  flush(): void;
  writePlan(): void;
  /** A <details> step was opened or closed. */
  toggle(step: number, open: boolean): void;
}

export interface ChecklistView {
  state: ChecklistState;
  missedTargets: readonly string[];
  /** What is left before the letter can be sent (steps 3 and 4); null when not known. */
  readiness: PlanReadiness | null;
  open: ReadonlySet<number> | null;
}

export interface PlanStatus {
  busy: boolean;
  message: string;
  error: boolean;
}

/**
 * The steps with extra content (0-based): 2 lists missed targets, 3 writes the plan and lists
 * what the letter still lacks, 4 (sending) lists the same before the seller pastes it.
 */
const EVALUATE = 1;
const PLAN = 2;
const SUBMIT = 3;

/** A note shows at least this many lines, and grows with its text. */
export const NOTE_ROWS = 4;

/** Grows a note to its text (never below NOTE_ROWS lines; the seller may still drag it taller). */
export function fitToText(note: HTMLTextAreaElement): void {
  if (note.scrollHeight === 0) return; // not laid out (a closed step)
  note.style.height = 'auto';
  const borders = note.offsetHeight - note.clientHeight;
  note.style.height = `${note.scrollHeight + borders}px`;
}

function isKey(text: string): text is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOG.en, text);
}

/** A step title or sub-item label; tests/ui checks every one exists in both languages. */
export function checklistLabel(locale: Locale, step: number, item?: number): string {
  const def = CHECKLIST_STEPS[step];
  const k = `checklist.${def.id}.${item === undefined ? 'title' : def.items[item]}`;
  return isKey(k) ? t(locale, k) : k;
}

/** Live handles to what changes without a full redraw. */
export interface ChecklistHandles {
  element: HTMLElement;
  setStatus(status: SaveStatus, error?: string): void;
  setPlan(plan: PlanStatus): void;
  /** Sizes the open notes to their text, once the checklist is in the page. */
  layout(): void;
}

export function renderChecklist(
  L: Locale,
  view: ChecklistView,
  actions: ChecklistActions,
): ChecklistHandles {
  let state = view.state;
  const total = h('span', { class: 'progress-text', testid: 'checklist-progress' });
  const barFill = h('div', { class: 'progress-fill' });
  const status = h('span', {
    class: 'muted small save-status',
    testid: 'checklist-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const stepCounts: HTMLElement[] = [];
  const plan = renderPlanButton(L, actions);

  const refreshProgress = () => {
    const p = checklistProgress(state);
    total.textContent = t(L, 'sidebar.checklist.progress', { done: p.done, total: p.total });
    barFill.style.width = `${p.total === 0 ? 0 : Math.round((p.done / p.total) * 100)}%`;
    stepCounts.forEach((el, i) => {
      const s = stepProgress(state, i);
      el.textContent = `${s.done}/${s.total}`;
      el.classList.toggle('complete', s.done === s.total);
    });
  };
  const update = (next: ChecklistState) => {
    state = next;
    refreshProgress();
    actions.change(state);
  };

  // Open the first unfinished step by default, so the seller sees where they are.
  const firstOpen = CHECKLIST_STEPS.findIndex((_, i) => {
    const s = stepProgress(state, i);
    return s.done < s.total;
  });

  const steps = CHECKLIST_STEPS.map((def, i) => {
    const count = h('span', { class: 'step-count' });
    stepCounts.push(count);
    const items = def.items.map((itemId, j) => {
      const box = h('input', {
        testid: `check-${def.id}-${itemId}`,
        attrs: { type: 'checkbox', id: `check-${i}-${j}` },
      });
      box.checked = state.steps[i]?.done[j] === true;
      box.addEventListener('change', () => update(withDone(state, i, j, box.checked)));
      return h(
        'li',
        {},
        h(
          'label',
          { class: 'check', attrs: { for: `check-${i}-${j}` } },
          box,
          h('span', { text: checklistLabel(L, i, j) }),
        ),
      );
    });

    const note = h('textarea', {
      class: 'note',
      testid: `note-${def.id}`,
      attrs: {
        id: `note-${i}`,
        rows: String(NOTE_ROWS),
        maxlength: String(NOTE_MAX_LENGTH),
        placeholder: t(L, 'sidebar.checklist.notePlaceholder'),
      },
    });
    note.value = state.steps[i]?.note ?? '';
    note.addEventListener('input', () => {
      fitToText(note);
      update(withNote(state, i, note.value));
    });
    note.addEventListener('blur', () => actions.flush());

    const extra: HTMLElement[] = [];
    if (i === EVALUATE) extra.push(renderMissed(L, view.missedTargets, note, update, () => state));
    if (i === PLAN) extra.push(plan.element);
    if ((i === PLAN || i === SUBMIT) && view.readiness) {
      extra.push(renderReadiness(L, view.readiness, def.id));
    }

    const details = h(
      'details',
      { class: 'step', testid: `step-${def.id}` },
      h(
        'summary',
        {},
        h('span', { class: 'step-num', text: String(i + 1) }),
        h('span', { class: 'step-title', text: checklistLabel(L, i) }),
        count,
      ),
      h('ul', { class: 'checks' }, ...items),
      ...extra,
      h('label', {
        class: 'note-label small',
        text: t(L, 'sidebar.checklist.note'),
        attrs: { for: `note-${i}` },
      }),
      note,
    );
    details.open = view.open ? view.open.has(i) : i === firstOpen;
    details.addEventListener('toggle', () => {
      // A closed <details> has no layout: size the note once it is shown.
      if (details.open) fitToText(note);
      actions.toggle(i, details.open);
    });
    return h('li', {}, details);
  });

  const element = h(
    'section',
    { class: 'section', testid: 'checklist', attrs: { 'aria-labelledby': 'checklist-heading' } },
    h(
      'div',
      { class: 'section-head' },
      h('h2', { text: t(L, 'sidebar.checklist.heading'), attrs: { id: 'checklist-heading' } }),
      status,
    ),
    h(
      'div',
      { class: 'progress' },
      total,
      h('div', { class: 'progress-bar', attrs: { 'aria-hidden': 'true' } }, barFill),
    ),
    h('ol', { class: 'steps' }, ...steps),
  );
  refreshProgress();

  return {
    element,
    setStatus(s, error) {
      status.classList.toggle('error', s === 'error');
      status.textContent =
        s === 'saving' || s === 'pending'
          ? t(L, 'sidebar.checklist.saving')
          : s === 'saved'
            ? t(L, 'sidebar.checklist.saved')
            : s === 'error'
              ? t(L, 'sidebar.checklist.saveFailed', { error: error ?? '' })
              : '';
    },
    setPlan: plan.set,
    layout() {
      element.querySelectorAll<HTMLTextAreaElement>('textarea.note').forEach(fitToText);
    },
  };
}

function renderMissed(
  L: Locale,
  missed: readonly string[],
  note: HTMLTextAreaElement,
  update: (s: ChecklistState) => void,
  current: () => ChecklistState,
): HTMLElement {
  if (missed.length === 0) {
    return h('p', { class: 'missed muted small', text: t(L, 'sidebar.checklist.noneMissed') });
  }
  const add = h('button', {
    class: 'btn btn-text',
    testid: 'missed-to-note',
    text: t(L, 'sidebar.checklist.addToNote'),
    attrs: { type: 'button' },
    on: {
      click: () => {
        // Appends only; the seller's own words stay as they are.
        note.value = appendLines(note.value, missed);
        update(withNote(current(), EVALUATE, note.value));
      },
    },
  });
  return h(
    'div',
    { class: 'missed', testid: 'missed-targets' },
    h('p', { class: 'small', text: t(L, 'sidebar.checklist.missed') }),
    h('ul', {}, ...missed.map((m) => h('li', { text: m }))),
    add,
  );
}

/**
 * The letter's gaps ("3 things to fill in before sending: …"), or that it is ready, with its
 * length and the phrases to reword. The texts come from the plan's gap list on the server.
 */
function renderReadiness(L: Locale, r: PlanReadiness, step: string): HTMLElement {
  const letter =
    r.planSheet !== null &&
    h('p', {
      class: 'muted small',
      text:
        r.flags === 1
          ? t(L, 'appeal.ready.letter.one', { characters: formatCount(r.characters, L) })
          : t(L, 'appeal.ready.letter.other', {
              characters: formatCount(r.characters, L),
              flags: formatCount(r.flags, L),
            }),
    });
  const preparation =
    r.preparation && h('p', { class: 'muted small', text: t(L, 'appeal.ready.preparation') });
  if (r.ready && r.planSheet !== null) {
    return h(
      'div',
      { class: 'readiness ready', testid: `readiness-${step}`, attrs: { 'data-ready': 'true' } },
      h('p', { class: 'small', text: t(L, 'appeal.ready.yes', { sheet: r.planSheet }) }),
      letter,
      preparation,
    );
  }
  const n = r.gaps.length;
  return h(
    'div',
    { class: 'readiness', testid: `readiness-${step}`, attrs: { 'data-ready': 'false' } },
    h('p', {
      class: 'small',
      testid: 'readiness-title',
      text:
        n === 1
          ? t(L, 'appeal.ready.gaps.one')
          : t(L, 'appeal.ready.gaps.other', { n: formatCount(n, L) }),
    }),
    h('ul', {}, ...r.gaps.map((gap) => h('li', { testid: 'readiness-gap', text: gap }))),
    letter,
    preparation,
  );
}

function renderPlanButton(
  L: Locale,
  actions: ChecklistActions,
): { element: HTMLElement; set(plan: PlanStatus): void } {
  const button = h('button', {
    class: 'btn btn-primary',
    testid: 'write-plan',
    text: t(L, 'sidebar.checklist.writePlan'),
    attrs: { type: 'button' },
    on: { click: () => actions.writePlan() },
  });
  const message = h('p', {
    class: 'small plan-message',
    testid: 'plan-message',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  return {
    element: h('div', { class: 'plan' }, button, message),
    set(plan) {
      button.disabled = plan.busy;
      button.textContent = t(
        L,
        plan.busy ? 'sidebar.checklist.writingPlan' : 'sidebar.checklist.writePlan',
      );
      message.textContent = plan.message;
      message.classList.toggle('error-text', plan.error);
    },
  };
}
