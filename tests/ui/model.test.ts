import type { ChannelSummary, ChecklistState, DefectItem } from '../../src/core/wire/types';
import { freshChecklist, NOTE_MAX_LENGTH } from '../../src/core/plan/checklist';
import {
  ChecklistSaver,
  amazonComparison,
  appendLines,
  channelFacts,
  countByFilter,
  deadlineText,
  filterDefects,
  rateLevel,
  stepProgress,
  withDone,
  withNote,
  type SaveStatus,
} from '../../src/ui/model';
import { formatDate, formatPercent, formatPoints, isIsoDay } from '../../src/ui/format';

function channel(over: Partial<ChannelSummary> = {}): ChannelSummary {
  return {
    scope: 'MFN',
    orders: 800,
    defective: 10,
    rate: 0.0125,
    negativeFeedback: 4,
    atoz: 5,
    chargeback: 1,
    status: 'AT RISK',
    pointsPerDefect: 0.125,
    ordersNeeded: 201,
    nextDropOff: '2024-03-02',
    backUnderTargetOn: '2024-03-20',
    ...over,
  };
}

function defect(orderId: string, types: DefectItem['types']): DefectItem {
  return {
    orderId,
    orderDate: '2024-01-10',
    channel: 'MFN',
    types,
    comment: '',
    reason: '',
    leavesWindowOn: '2024-03-10',
    deadline: null,
    sheet: 'Orders',
    row: 2,
  };
}

describe('rateLevel', () => {
  test.each([
    [null, 'none'],
    [0, 'good'],
    [0.0074999, 'good'],
    [0.0075, 'warn'],
    [0.00999, 'warn'],
    [0.01, 'bad'],
    [0.2, 'bad'],
    [Number.NaN, 'none'],
  ])('%s → %s', (rate, level) => expect(rateLevel(rate)).toBe(level));
});

describe('formatting', () => {
  test('percent, points and dates in both languages', () => {
    expect(formatPercent(0.0125, 'en')).toBe('1.25%');
    expect(formatPercent(1, 'en')).toBe('100.00%');
    expect(formatPercent(null, 'zh')).toBe('–');
    expect(formatPoints(0.125, 'en')).toBe('0.13');
    expect(formatPoints(0.001, 'en')).toBe('0.0010');
    expect(formatPoints(-0.05, 'en', true)).toBe('−0.050');
    expect(formatPoints(0.5, 'en', true)).toBe('+0.50');
    expect(formatDate('2024-01-14', 'en')).toBe('Jan 14, 2024');
    expect(formatDate('2024-01-14', 'zh')).toBe('2024年1月14日');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  test('isIsoDay accepts real days only', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-2-1')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });
});

describe('channelFacts', () => {
  test('over target: points, orders needed, next drop-off, date back under', () => {
    expect(channelFacts(channel(), 'en')).toEqual([
      'One defect = 0.13 percentage points',
      '201 more defect-free orders to get under 1%',
      'Next defect leaves the window on Mar 2, 2024',
      'Back under 1% on Mar 20, 2024 at the current volume',
    ]);
  });

  test('under target: no "back under" line, and no orders needed', () => {
    const lines = channelFacts(
      channel({ rate: 0.005, ordersNeeded: 0, backUnderTargetOn: null, nextDropOff: null }),
      'zh',
    );
    expect(lines).toEqual(['每个缺陷订单相当于0.13个百分点', '已达标（低于1%）：无需更多订单']);
  });

  test('over target with no forecast date says so', () => {
    expect(channelFacts(channel({ backUnderTargetOn: null }), 'en')).toContain(
      'No date back under 1% at the current volume',
    );
  });
});

describe('amazonComparison', () => {
  const fig = {
    scope: 'MFN' as const,
    from: '2024-01-01',
    to: '2024-02-29',
    orders: 790,
    defective: 10,
    rate: 0.013,
    ours: null,
  };
  test('shows Amazon figure and the signed difference in points', () => {
    expect(amazonComparison(channel(), [fig], 'en')).toEqual({
      figure: 'Amazon’s figure: 1.30% (Jan 1, 2024 – Feb 29, 2024)',
      difference: 'Ours differs by −0.050 percentage points',
      causes: [],
    });
  });
  test('compares over Amazon’s window and points at missing orders or defects', () => {
    const same = { ...fig, ours: { orders: 790, defective: 10, rate: 10 / 790 } };
    // Our current window differs, but over Amazon's window the counts agree.
    expect(amazonComparison(channel(), [same], 'en')?.causes).toEqual([]);
    const fewer = { ...fig, ours: { orders: 700, defective: 9, rate: 9 / 700 } };
    expect(amazonComparison(channel(), [fewer], 'en')?.causes).toEqual([
      'Amazon counts 790 orders in its window, your Orders sheet 700: import the All Orders report for those dates.',
      'Amazon counts 10 orders with defects, your data 9: import the ODR download or check the Defects sheet.',
    ]);
  });
  test('same rate; other channel; none', () => {
    expect(amazonComparison(channel({ rate: 0.013 }), [fig], 'en')?.difference).toBe(
      'Same as ours',
    );
    expect(amazonComparison(channel({ scope: 'AFN' }), [fig], 'en')).toBeNull();
    expect(amazonComparison(channel(), [], 'en')).toBeNull();
  });
});

describe('defect filter', () => {
  const items = [
    defect('A', ['negativeFeedback']),
    defect('B', ['atoz', 'chargeback']),
    defect('C', ['atoz']),
  ];
  test('filters by type and counts orders once per type', () => {
    expect(filterDefects(items, 'all').map((d) => d.orderId)).toEqual(['A', 'B', 'C']);
    expect(filterDefects(items, 'atoz').map((d) => d.orderId)).toEqual(['B', 'C']);
    expect(countByFilter(items)).toEqual({ all: 3, negativeFeedback: 1, atoz: 2, chargeback: 1 });
    expect(countByFilter([defect('D', ['atoz', 'atoz'])]).atoz).toBe(1);
  });
  test('deadline labels', () => {
    expect(deadlineText({ kind: 'chargebackResponse', by: '2024-03-01', passed: true }, 'en')).toBe(
      'Answer the chargeback by Mar 1, 2024',
    );
    expect(deadlineText({ kind: 'atozAppeal', by: '2024-03-01', passed: false }, 'zh')).toBe(
      '请在2024年3月1日前对亚马逊商城交易保障索赔的裁决提出申诉',
    );
  });
});

describe('checklist edits', () => {
  test('withDone / withNote copy, never mutate', () => {
    const a = freshChecklist();
    const b = withDone(a, 2, 1, true);
    expect(a.steps[2].done[1]).toBe(false);
    expect(b.steps[2].done[1]).toBe(true);
    expect(stepProgress(b, 2)).toEqual({ done: 1, total: 4 });
    const c = withNote(b, 0, 'x'.repeat(NOTE_MAX_LENGTH + 1));
    expect(c.steps[0].note).toHaveLength(NOTE_MAX_LENGTH);
    expect(b.steps[0].note).toBe('');
  });

  test('appendLines adds only the missing lines and keeps the seller’s words', () => {
    const missed = ['MFN ODR 1.25% (target under 1%)', 'AFN ODR 1.10%'];
    expect(appendLines('', missed)).toBe('• MFN ODR 1.25% (target under 1%)\n• AFN ODR 1.10%');
    const mine = 'My own note\n• AFN ODR 1.10%';
    expect(appendLines(mine, missed)).toBe(`${mine}\n• MFN ODR 1.25% (target under 1%)`);
    expect(appendLines(appendLines(mine, missed), missed)).toBe(appendLines(mine, missed));
  });
});

describe('ChecklistSaver', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup(save: (s: ChecklistState) => Promise<ChecklistState>) {
    const statuses: SaveStatus[] = [];
    const saver = new ChecklistSaver(save, (s) => statuses.push(s), 800);
    return { saver, statuses };
  }

  test('debounces: many edits, one save of the last state', async () => {
    const saved: ChecklistState[] = [];
    const { saver, statuses } = setup(async (s) => {
      saved.push(s);
      return s;
    });
    let state = freshChecklist();
    for (let i = 0; i < 3; i++) {
      state = withDone(state, 0, i, true);
      saver.schedule(state);
      jest.advanceTimersByTime(300);
    }
    expect(saved).toHaveLength(0);
    expect(saver.busy).toBe(true);
    jest.advanceTimersByTime(800);
    await Promise.resolve();
    await Promise.resolve();
    expect(saved).toEqual([state]);
    expect(saver.busy).toBe(false);
    expect(statuses.at(-1)).toBe('saved');
  });

  test('flush saves at once; one save at a time, newest last', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const { saver } = setup(
      (s) =>
        new Promise((resolve) => {
          order.push(s.steps[4].note);
          release = () => resolve(s);
        }),
    );
    saver.schedule(withNote(freshChecklist(), 4, 'first'));
    const first = saver.flush();
    saver.schedule(withNote(freshChecklist(), 4, 'second'));
    const second = saver.flush();
    expect(order).toEqual(['first']);
    release();
    await first;
    await Promise.resolve();
    expect(order).toEqual(['first', 'second']);
    release();
    await second;
    expect(saver.busy).toBe(false);
  });

  test('a failed save reports the error and retries on the next flush', async () => {
    let fail = true;
    const saved: ChecklistState[] = [];
    const statuses: [SaveStatus, unknown][] = [];
    const saver = new ChecklistSaver(
      async (s) => {
        if (fail) throw new Error('offline');
        saved.push(s);
        return s;
      },
      (s, e) => statuses.push([s, e]),
    );
    const state = withDone(freshChecklist(), 1, 0, true);
    saver.schedule(state);
    await saver.flush();
    expect(statuses.at(-1)?.[0]).toBe('error');
    expect((statuses.at(-1)?.[1] as Error).message).toBe('offline');
    expect(saver.busy).toBe(true);
    fail = false;
    await saver.flush();
    expect(saved).toEqual([state]);
    expect(statuses.at(-1)?.[0]).toBe('saved');
  });
});
