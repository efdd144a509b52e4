/**
 * The sidebar's logic without the DOM: what colour a rate gets, which lines a channel card
 * shows, filtering the defect list, checklist edits and the debounced saver. Tested in node.
 */
import type {
  AmazonComparison,
  ChannelSummary,
  ChecklistState,
  Deadline,
  DefectItem,
} from '../core/wire/types';
import { CHECKLIST_STEPS, NOTE_MAX_LENGTH } from '../core/plan/checklist';
import { t, type Locale } from '../core/i18n';
import type { DefectType } from '../core/engine/types';
import { formatCount, formatDate, formatPercent, formatPoints } from './format';

export const TARGET = 0.01;
/** Amber from here: one or two more defects can tip a small shop over the target. */
export const WARN_FROM = 0.0075;

export type RateLevel = 'good' | 'warn' | 'bad' | 'none';

/** Green under 0.75 %, amber from 0.75 % to under 1 %, red at 1 % and above (1 % is not under). */
export function rateLevel(rate: number | null): RateLevel {
  if (rate === null || !Number.isFinite(rate)) return 'none';
  if (rate >= TARGET) return 'bad';
  if (rate >= WARN_FROM) return 'warn';
  return 'good';
}

/** The explanatory lines under a channel's rate, in display order. */
export function channelFacts(ch: ChannelSummary, locale: Locale): string[] {
  const lines: string[] = [];
  if (ch.pointsPerDefect !== null) {
    lines.push(
      t(locale, 'sidebar.odr.pointsPerDefect', {
        points: formatPoints(ch.pointsPerDefect, locale),
      }),
    );
  }
  if (ch.orders > 0) {
    lines.push(
      ch.ordersNeeded > 0
        ? t(locale, 'sidebar.odr.ordersNeeded', { n: formatCount(ch.ordersNeeded, locale) })
        : t(locale, 'sidebar.odr.underTarget'),
    );
  }
  if (ch.nextDropOff !== null) {
    lines.push(t(locale, 'sidebar.odr.nextDropOff', { date: formatDate(ch.nextDropOff, locale) }));
  }
  if (rateLevel(ch.rate) === 'bad') {
    lines.push(
      ch.backUnderTargetOn !== null
        ? t(locale, 'sidebar.odr.backUnder', { date: formatDate(ch.backUnderTargetOn, locale) })
        : t(locale, 'sidebar.odr.backUnderUnknown'),
    );
  }
  return lines;
}

/** One Amazon figure shown in a channel card, compared with ours. */
export interface AmazonComparisonLines {
  figure: string;
  difference: string;
  causes: string[];
}

function marketplaceLabel(fig: AmazonComparison, locale: Locale): string | null {
  if (fig.marketplace) return fig.marketplace;
  if (fig.marketplaceId)
    return t(locale, 'amazonFigures.unknownMarketplace', { id: fig.marketplaceId });
  return null;
}

function comparisonLines(
  ch: ChannelSummary,
  fig: AmazonComparison,
  locale: Locale,
): AmazonComparisonLines {
  const marketplace = marketplaceLabel(fig, locale);
  const rate = formatPercent(fig.rate, locale);
  if (fig.from === null || fig.to === null) {
    return {
      figure: t(locale, 'amazonFigures.figureNoWindow', { marketplace: marketplace ?? '', rate }),
      difference: '',
      causes: [],
    };
  }
  const dates = { from: formatDate(fig.from, locale), to: formatDate(fig.to, locale) };
  const figure =
    marketplace === null
      ? t(locale, 'sidebar.odr.amazon', { rate, ...dates })
      : t(locale, 'amazonFigures.figure', { marketplace, rate, ...dates });
  const ours = fig.ours ?? { orders: ch.orders, defective: ch.defective, rate: ch.rate };
  if (ours.rate === null || fig.rate === null) return { figure, difference: '', causes: [] };
  // Rounded to a hundredth of a point first, so float noise does not read as a difference.
  const diff = Math.round((ours.rate - fig.rate) * 10000) / 100;
  const difference =
    diff === 0
      ? t(locale, 'sidebar.odr.amazonSame')
      : t(locale, 'sidebar.odr.amazonDiff', { diff: formatPoints(diff, locale, true) });
  const causes: string[] = [];
  if (fig.orders === null || fig.defective === null) {
    causes.push(t(locale, 'amazonFigures.ratesOnly'));
  }
  if (fig.ours && fig.orders !== null && fig.ours.orders !== fig.orders) {
    causes.push(
      t(locale, 'sidebar.odr.amazonOrders', {
        amazon: formatCount(fig.orders, locale),
        ours: formatCount(fig.ours.orders, locale),
      }),
    );
  }
  if (fig.ours && fig.defective !== null && fig.ours.defective !== fig.defective) {
    causes.push(
      t(locale, 'sidebar.odr.amazonDefects', {
        amazon: formatCount(fig.defective, locale),
        ours: formatCount(fig.ours.defective, locale),
      }),
    );
  }
  if (fig.matchedBy === 'onlyMarketplace' && marketplace !== null) {
    causes.push(t(locale, 'amazonFigures.assumed'));
  }
  return { figure, difference, causes };
}

/**
 * Amazon's own figures for this channel, if an Account Health report was imported: one per
 * marketplace matched to our orders, each compared with ours for that marketplace over Amazon's
 * window, and where a difference comes from (orders or defects missing from the seller's
 * sheets). Figures of marketplaces without our orders are never shown beside ours: one line
 * says how many there are (issue 12).
 */
export function amazonComparisons(
  ch: ChannelSummary,
  figures: readonly AmazonComparison[],
  locale: Locale,
): { comparisons: AmazonComparisonLines[]; note: string } {
  const mine = figures.filter((f) => f.scope === ch.scope);
  const shown = mine.filter((f) => !f.notComparedBecause);
  const noOrders = mine.filter((f) => f.notComparedBecause === 'noOrdersInMarketplace');
  const noSales = mine.filter((f) => f.notComparedBecause === 'noSalesChannel');
  const unknown = mine.filter((f) => f.notComparedBecause === 'unknownMarketplace');
  let note = '';
  if (unknown.length > 0) {
    note = t(locale, 'amazonFigures.unknownMarketplaces', {
      count: unknown.length,
      scope: ch.scope,
    });
  } else if (noSales.length > 0) {
    note = t(locale, 'amazonFigures.noSalesChannel', { count: noSales.length, scope: ch.scope });
  } else if (noOrders.length > 0) {
    const names = noOrders.map((f) => marketplaceLabel(f, locale) ?? '?');
    const separator = t(locale, 'common.listSeparator');
    const list = names.slice(0, 5).join(separator) + (names.length > 5 ? `${separator}…` : '');
    note = t(locale, 'amazonFigures.otherMarketplaces', {
      count: noOrders.length,
      scope: ch.scope,
      list,
    });
  }
  return { comparisons: shown.map((f) => comparisonLines(ch, f, locale)), note };
}

/** The first of `amazonComparisons`: Amazon's figure for this channel, or null. */
export function amazonComparison(
  ch: ChannelSummary,
  figures: readonly AmazonComparison[],
  locale: Locale,
): AmazonComparisonLines | null {
  return amazonComparisons(ch, figures, locale).comparisons[0] ?? null;
}

export type DefectFilter = 'all' | DefectType;

export const DEFECT_FILTERS: readonly DefectFilter[] = [
  'all',
  'negativeFeedback',
  'atoz',
  'chargeback',
];

export function filterDefects(defects: readonly DefectItem[], filter: DefectFilter): DefectItem[] {
  return filter === 'all' ? defects.slice() : defects.filter((d) => d.types.includes(filter));
}

export function countByFilter(defects: readonly DefectItem[]): Record<DefectFilter, number> {
  const counts: Record<DefectFilter, number> = {
    all: defects.length,
    negativeFeedback: 0,
    atoz: 0,
    chargeback: 0,
  };
  for (const d of defects) for (const type of new Set(d.types)) counts[type]++;
  return counts;
}

export function deadlineText(deadline: Deadline, locale: Locale): string {
  const date = formatDate(deadline.by, locale);
  switch (deadline.kind) {
    case 'atozResponse':
      return t(locale, 'sidebar.deadline.atozResponse', { date });
    case 'atozAppeal':
      return t(locale, 'sidebar.deadline.atozAppeal', { date });
    case 'chargebackResponse':
      return t(locale, 'sidebar.deadline.chargebackResponse', { date });
    case 'feedbackRemoval':
      return t(locale, 'sidebar.deadline.feedbackRemoval', { date });
  }
}

// ---- checklist -------------------------------------------------------------------------

export function withDone(
  state: ChecklistState,
  step: number,
  item: number,
  done: boolean,
): ChecklistState {
  return {
    ...state,
    steps: state.steps.map((s, i) =>
      i === step ? { ...s, done: s.done.map((d, j) => (j === item ? done : d)) } : s,
    ),
  };
}

export function withNote(state: ChecklistState, step: number, note: string): ChecklistState {
  return {
    ...state,
    steps: state.steps.map((s, i) =>
      i === step ? { ...s, note: note.slice(0, NOTE_MAX_LENGTH) } : s,
    ),
  };
}

/** Adds the missed-target lines the note does not hold yet; never removes the seller's words. */
export function appendLines(note: string, lines: readonly string[]): string {
  const have = new Set(note.split('\n').map((l) => l.replace(/^[-•]\s*/, '').trim()));
  const add = lines.filter((l) => !have.has(l.trim())).map((l) => `• ${l}`);
  if (add.length === 0) return note;
  const joined =
    note.trim() === '' ? add.join('\n') : `${note.replace(/\s+$/, '')}\n${add.join('\n')}`;
  return joined.slice(0, NOTE_MAX_LENGTH);
}

export function stepProgress(state: ChecklistState, step: number): { done: number; total: number } {
  const total = CHECKLIST_STEPS[step].items.length;
  const ticks = state.steps[step]?.done ?? [];
  let done = 0;
  for (let j = 0; j < total; j++) if (ticks[j] === true) done++;
  return { done, total };
}

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves the checklist a moment after the last edit (and at once on flush, e.g. on blur). One
 * save at a time, so an older state can never land after a newer one; a failed save keeps the
 * state so the next flush retries it.
 */
export class ChecklistSaver {
  private latest: ChecklistState | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly save: (state: ChecklistState) => Promise<ChecklistState>,
    private readonly onStatus: (status: SaveStatus, error?: unknown) => void,
    private readonly delayMs = 800,
  ) {}

  /** True while an edit has not reached the server yet. */
  get busy(): boolean {
    return this.latest !== null || this.inFlight !== null;
  }

  schedule(state: ChecklistState): void {
    this.latest = state;
    this.onStatus('pending');
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.inFlight) return this.inFlight.then(() => this.flush());
    const state = this.latest;
    if (state === null) return Promise.resolve();
    this.latest = null;
    this.onStatus('saving');
    this.inFlight = this.save(state).then(
      () => {
        this.inFlight = null;
        if (this.latest === null) this.onStatus('saved');
      },
      (error: unknown) => {
        this.inFlight = null;
        if (this.latest === null) this.latest = state;
        this.onStatus('error', error);
      },
    );
    return this.inFlight;
  }
}
