/// <reference lib="dom" />
/** The defect orders: highlight buttons, type filter, the list (buyer text as text only). */
import type { Dashboard, DefectItem } from '../core/wire/types';
import { t, type Locale, type MessageKey } from '../core/i18n';
import type { DefectType } from '../core/engine/types';
import { h } from './dom';
import { formatCount, formatDate } from './format';
import {
  DEFECT_FILTERS,
  countByFilter,
  deadlineText,
  filterDefects,
  type DefectFilter,
} from './model';

/** Rendering a few thousand rows at once would stall the sidebar; more come on request. */
export const PAGE_SIZE = 50;

export interface DefectsView {
  filter: DefectFilter;
  limit: number;
  selected: string | null;
  highlightMessage: string;
  highlightBusy: boolean;
}

export interface DefectsActions {
  setFilter(filter: DefectFilter): void;
  showMore(): void;
  select(item: DefectItem): void;
  highlight(): void;
  clear(): void;
}

const TYPE_KEY: Record<DefectType, MessageKey> = {
  negativeFeedback: 'sidebar.type.negativeFeedback',
  atoz: 'sidebar.type.atoz',
  chargeback: 'sidebar.type.chargeback',
};

export function itemKey(item: DefectItem): string {
  return `${item.sheet}!${item.row}`;
}

export function renderDefects(
  d: Dashboard,
  view: DefectsView,
  actions: DefectsActions,
): HTMLElement {
  const L = d.locale;
  const counts = countByFilter(d.defects);
  const shown = filterDefects(d.defects, view.filter);
  const visible = shown.slice(0, view.limit);
  return h(
    'section',
    {
      class: 'section',
      testid: 'defects-section',
      attrs: { 'aria-labelledby': 'defects-heading' },
    },
    h(
      'div',
      { class: 'section-head' },
      h(
        'h2',
        { attrs: { id: 'defects-heading' } },
        t(L, 'sidebar.defects.heading'),
        ' ',
        h('span', {
          class: 'count-badge',
          testid: 'defect-count',
          text: formatCount(counts.all, L),
        }),
      ),
    ),
    renderHighlight(d, view, actions),
    d.defects.length === 0
      ? h('p', { class: 'empty', text: t(L, 'sidebar.defects.none') })
      : h(
          'div',
          {},
          renderFilter(L, view.filter, counts, actions),
          h(
            'p',
            { class: 'muted small', testid: 'defect-shown' },
            t(L, 'sidebar.defects.count', {
              shown: formatCount(shown.length, L),
              total: formatCount(counts.all, L),
            }),
            ' · ',
            t(L, 'sidebar.defects.hint'),
          ),
          shown.length === 0
            ? h('p', { class: 'empty', text: t(L, 'sidebar.defects.noneOfType') })
            : h(
                'ul',
                { class: 'defects', testid: 'defect-list' },
                ...visible.map((item) =>
                  renderItem(item, L, view.selected === itemKey(item), actions),
                ),
              ),
          shown.length > visible.length &&
            h('button', {
              class: 'btn btn-text more',
              testid: 'defect-more',
              attrs: { type: 'button' },
              text: t(L, 'sidebar.defects.more', {
                n: formatCount(Math.min(PAGE_SIZE, shown.length - visible.length), L),
              }),
              on: { click: () => actions.showMore() },
            }),
        ),
  );
}

function renderHighlight(d: Dashboard, view: DefectsView, actions: DefectsActions): HTMLElement {
  const L = d.locale;
  const highlight = h('button', {
    class: d.highlightActive ? 'btn' : 'btn btn-primary',
    testid: 'highlight',
    text: t(L, 'sidebar.highlight.button'),
    attrs: { type: 'button', 'aria-pressed': String(d.highlightActive) },
    on: { click: () => actions.highlight() },
  });
  const clear = h('button', {
    class: d.highlightActive ? 'btn btn-primary' : 'btn',
    testid: 'clear-highlights',
    text: t(L, 'sidebar.highlight.clear'),
    attrs: { type: 'button' },
    on: { click: () => actions.clear() },
  });
  highlight.disabled = view.highlightBusy;
  clear.disabled = view.highlightBusy;
  const message = view.highlightBusy
    ? t(L, 'sidebar.highlight.working')
    : view.highlightMessage || (d.highlightActive ? t(L, 'sidebar.highlight.active') : '');
  return h(
    'div',
    { class: 'highlight' },
    h('div', { class: 'btn-row' }, highlight, clear),
    h('p', {
      class: 'muted small highlight-message',
      testid: 'highlight-message',
      text: message,
      attrs: { role: 'status', 'aria-live': 'polite' },
    }),
  );
}

function renderFilter(
  L: Locale,
  current: DefectFilter,
  counts: Record<DefectFilter, number>,
  actions: DefectsActions,
): HTMLElement {
  return h(
    'div',
    {
      class: 'chips',
      testid: 'defect-filter',
      attrs: { role: 'group', 'aria-label': t(L, 'sidebar.defects.filter') },
    },
    ...DEFECT_FILTERS.map((f) =>
      h('button', {
        class: `chip${f === current ? ' chip-on' : ''}`,
        testid: `filter-${f}`,
        text: t(L, 'sidebar.defects.chip', {
          type: t(L, f === 'all' ? 'sidebar.defects.all' : TYPE_KEY[f]),
          n: formatCount(counts[f], L),
        }),
        attrs: { type: 'button', 'aria-pressed': String(f === current) },
        on: { click: () => actions.setFilter(f) },
      }),
    ),
  );
}

function renderItem(
  item: DefectItem,
  L: Locale,
  selected: boolean,
  actions: DefectsActions,
): HTMLElement {
  const deadline = item.deadline;
  // A <button> may hold only phrasing content, hence spans styled as blocks.
  const button = h(
    'button',
    {
      class: `defect${selected ? ' selected' : ''}`,
      testid: 'defect-item',
      attrs: {
        type: 'button',
        'data-order-id': item.orderId,
        'data-sheet': item.sheet,
        'data-row': String(item.row),
        'aria-current': String(selected),
      },
      on: { click: () => actions.select(item) },
    },
    h(
      'span',
      { class: 'defect-top' },
      h('span', { class: 'order-id', text: item.orderId }),
      h('span', {
        class: 'muted small',
        text: t(L, 'sidebar.defects.ordered', { date: formatDate(item.orderDate, L) }),
      }),
    ),
    h(
      'span',
      { class: 'badges' },
      ...item.types.map((type) =>
        h('span', { class: `badge badge-${type}`, text: t(L, TYPE_KEY[type]) }),
      ),
      item.channel && h('span', { class: 'badge badge-channel', text: item.channel }),
    ),
    item.comment && h('span', { class: 'comment', testid: 'defect-comment', text: item.comment }),
    item.reason &&
      item.reason !== item.comment &&
      h('span', { class: 'reason muted small', text: item.reason }),
    h('span', {
      class: 'leaves muted small',
      text: t(L, 'sidebar.defects.leaves', { date: formatDate(item.leavesWindowOn, L) }),
    }),
    deadline &&
      h(
        'span',
        { class: `deadline small${deadline.passed ? ' passed' : ''}`, testid: 'defect-deadline' },
        deadlineText(deadline, L),
        deadline.passed ? ` · ${t(L, 'sidebar.deadline.passed')}` : '',
      ),
  );
  return h('li', {}, button);
}
