/**
 * The appeal checklist's shape: the five steps of docs/rules.md §5 (Amazon help 200370580 /
 * 201623610), each with its sub-items. Only ids live here; the labels are in the message catalog
 * under `checklist.<step>.title` and `checklist.<step>.<item>`. Pure, so the server (which
 * stores the state) and the sidebar (which shows it) agree on the counts.
 */

export type ChecklistStepId = 'notice' | 'evaluate' | 'plan' | 'submit' | 'watch';

export interface ChecklistStepDef {
  id: ChecklistStepId;
  items: readonly string[];
}

export const CHECKLIST_STEPS: readonly ChecklistStepDef[] = [
  // 1. Find out why selling privileges were limited or removed.
  { id: 'notice', items: ['readNotice', 'whichMetric', 'noteDeadline'] },
  // 2. Evaluate your selling practices: which targets are missed.
  { id: 'evaluate', items: ['reviewMetrics', 'listMissed', 'reviewDefects', 'groupCauses'] },
  // 3. Plan of action: root cause, corrective actions, preventive measures per category.
  { id: 'plan', items: ['rootCause', 'corrective', 'preventive', 'style'] },
  // 4. Send the appeal to Seller Performance.
  { id: 'submit', items: ['openAppeal', 'pastePlan', 'attachEvidence'] },
  // 5. Watch for Amazon's answer.
  { id: 'watch', items: ['checkEmail', 'followUp'] },
];

/**
 * Longest note kept per step. Document properties hold at most 9 KB per value and the whole
 * checklist is one value: 5 notes × 500 characters × 3 UTF-8 bytes (Chinese) stays under it.
 */
export const NOTE_MAX_LENGTH = 500;

/** Same shape as ChecklistState in src/core/wire/types.ts. */
export interface ChecklistData {
  steps: { done: boolean[]; note: string }[];
  updated: string | null;
}

export function freshChecklist(): ChecklistData {
  return {
    steps: CHECKLIST_STEPS.map((step) => ({ done: step.items.map(() => false), note: '' })),
    updated: null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a stored checklist (the object, or its JSON text). Nothing stored gives a fresh state
 * without `reset`; anything unreadable gives a fresh state with `reset: true` so the caller can
 * tell the seller. A `done` list of another length (the step gained or lost a sub-item in a
 * later release) is padded or cut rather than thrown away, so ticks survive upgrades.
 */
export function normalizeChecklist(value: unknown): { state: ChecklistData; reset: boolean } {
  if (value === null || value === undefined || value === '') {
    return { state: freshChecklist(), reset: false };
  }
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return { state: freshChecklist(), reset: true };
    }
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.steps)) {
    return { state: freshChecklist(), reset: true };
  }
  const stored = parsed.steps;
  if (stored.length !== CHECKLIST_STEPS.length) return { state: freshChecklist(), reset: true };
  const steps: ChecklistData['steps'] = [];
  for (let i = 0; i < CHECKLIST_STEPS.length; i++) {
    const step = stored[i];
    if (!isRecord(step) || !Array.isArray(step.done)) {
      return { state: freshChecklist(), reset: true };
    }
    const doneIn: unknown[] = step.done;
    if (!doneIn.every((d) => typeof d === 'boolean')) {
      return { state: freshChecklist(), reset: true };
    }
    const note = step.note === undefined ? '' : step.note;
    if (typeof note !== 'string') return { state: freshChecklist(), reset: true };
    steps.push({
      done: CHECKLIST_STEPS[i].items.map((_, j) => doneIn[j] === true),
      note: note.slice(0, NOTE_MAX_LENGTH),
    });
  }
  const updated = typeof parsed.updated === 'string' ? parsed.updated : null;
  return { state: { steps, updated }, reset: false };
}

/** How many sub-items are ticked, of how many. */
export function checklistProgress(state: ChecklistData): { done: number; total: number } {
  let done = 0;
  let total = 0;
  CHECKLIST_STEPS.forEach((step, i) => {
    total += step.items.length;
    const ticks = state.steps[i]?.done ?? [];
    for (let j = 0; j < step.items.length; j++) if (ticks[j] === true) done++;
  });
  return { done, total };
}
