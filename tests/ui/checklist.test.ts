import {
  CHECKLIST_STEPS,
  NOTE_MAX_LENGTH,
  checklistProgress,
  freshChecklist,
  normalizeChecklist,
} from '../../src/core/plan/checklist';
import { CATALOG } from '../../src/core/i18n';

describe('CHECKLIST_STEPS', () => {
  test('five steps with 2–4 sub-items each and unique ids', () => {
    expect(CHECKLIST_STEPS).toHaveLength(5);
    expect(new Set(CHECKLIST_STEPS.map((s) => s.id)).size).toBe(5);
    for (const step of CHECKLIST_STEPS) {
      expect(step.items.length).toBeGreaterThanOrEqual(2);
      expect(step.items.length).toBeLessThanOrEqual(4);
      expect(new Set(step.items).size).toBe(step.items.length);
    }
  });

  test('every title and sub-item has a label in English and Chinese', () => {
    for (const step of CHECKLIST_STEPS) {
      for (const id of ['title', ...step.items]) {
        const key = `checklist.${step.id}.${id}`;
        for (const locale of ['en', 'zh'] as const) {
          const text = (CATALOG[locale] as Record<string, string>)[key];
          expect(typeof text).toBe('string');
          expect(text.length).toBeGreaterThan(3);
        }
        expect(/[\u4e00-\u9fff]/.test((CATALOG.zh as Record<string, string>)[key])).toBe(true);
      }
    }
  });
});

describe('normalizeChecklist', () => {
  const fresh = freshChecklist();

  test('nothing stored: a fresh state, not a reset', () => {
    for (const v of [null, undefined, '']) {
      expect(normalizeChecklist(v)).toEqual({ state: fresh, reset: false });
    }
  });

  test('a valid state (object or JSON text) comes back unchanged', () => {
    const state = freshChecklist();
    state.steps[1].done[2] = true;
    state.steps[2].note = '笔记 note';
    state.updated = '2024-02-01T10:00:00.000Z';
    expect(normalizeChecklist(state)).toEqual({ state, reset: false });
    expect(normalizeChecklist(JSON.stringify(state))).toEqual({ state, reset: false });
  });

  test.each([
    ['bad JSON', '{"steps": ['],
    ['a number', 42],
    ['an array', []],
    ['no steps', { updated: null }],
    ['steps not an array', { steps: 'x' }],
    ['four steps', { steps: fresh.steps.slice(0, 4) }],
    ['a step without done', { steps: fresh.steps.map((s, i) => (i === 2 ? { note: '' } : s)) }],
    [
      'a non-boolean tick',
      { steps: fresh.steps.map((s, i) => (i === 0 ? { done: [1, 0, 0], note: '' } : s)) },
    ],
    [
      'a numeric note',
      { steps: fresh.steps.map((s, i) => (i === 4 ? { done: s.done, note: 5 } : s)) },
    ],
    ['a null step', { steps: fresh.steps.map((s, i) => (i === 1 ? null : s)) }],
  ])('malformed (%s): fresh state and reset', (_label, value) => {
    expect(normalizeChecklist(value)).toEqual({ state: fresh, reset: true });
  });

  test('a done list of another length is padded or cut; long notes are cut', () => {
    const value = {
      steps: CHECKLIST_STEPS.map((s, i) => ({
        done: i === 0 ? [true] : Array(s.items.length + 2).fill(true),
        note: i === 3 ? 'x'.repeat(NOTE_MAX_LENGTH + 50) : undefined,
      })),
      updated: 7,
    };
    const { state, reset } = normalizeChecklist(value);
    expect(reset).toBe(false);
    state.steps.forEach((s, i) => expect(s.done).toHaveLength(CHECKLIST_STEPS[i].items.length));
    expect(state.steps[0].done).toEqual([true, false, false]);
    expect(state.steps[1].done.every(Boolean)).toBe(true);
    expect(state.steps[3].note).toHaveLength(NOTE_MAX_LENGTH);
    expect(state.steps[0].note).toBe('');
    expect(state.updated).toBeNull();
  });

  test('the whole state fits one document property (9 KB) even with full Chinese notes', () => {
    const state = freshChecklist();
    for (const s of state.steps) s.note = '中'.repeat(NOTE_MAX_LENGTH);
    state.updated = new Date(0).toISOString();
    expect(Buffer.byteLength(JSON.stringify(state), 'utf8')).toBeLessThan(9 * 1024);
  });
});

describe('checklistProgress', () => {
  test('counts ticks over all sub-items', () => {
    const state = freshChecklist();
    const total = CHECKLIST_STEPS.reduce((n, s) => n + s.items.length, 0);
    expect(checklistProgress(state)).toEqual({ done: 0, total });
    state.steps[0].done[0] = true;
    state.steps[4].done[1] = true;
    expect(checklistProgress(state)).toEqual({ done: 2, total });
  });
});
