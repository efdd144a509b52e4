/// <reference lib="dom" />
/** The ODR part of the sidebar: window, as-of control, channel cards, data sources, notes. */
import type { ChannelSummary, Dashboard } from '../core/wire/types';
import { t, type Locale, type MessageKey } from '../core/i18n';
import { h } from './dom';
import { formatCount, formatDate, formatPercent, isIsoDay } from './format';
import { TARGET, amazonComparisons, channelFacts, rateLevel, type RateLevel } from './model';

export interface OdrActions {
  setAsOf(asOf: string | null): void;
  setSources(orders: string | null, defects: string | null): void;
}

const LEVEL_KEY: Record<RateLevel, MessageKey> = {
  good: 'sidebar.level.good',
  warn: 'sidebar.level.warn',
  bad: 'sidebar.level.bad',
  none: 'sidebar.level.none',
};

const SCOPE_KEY: Record<ChannelSummary['scope'], MessageKey> = {
  MFN: 'sidebar.channel.MFN',
  AFN: 'sidebar.channel.AFN',
  ALL: 'sidebar.channel.ALL',
};

export function renderOdr(d: Dashboard, actions: OdrActions): HTMLElement {
  const L = d.locale;
  return h(
    'section',
    { class: 'section', testid: 'odr-section', attrs: { 'aria-labelledby': 'odr-heading' } },
    h(
      'div',
      { class: 'section-head' },
      h('h2', { text: t(L, 'sidebar.odr.heading'), attrs: { id: 'odr-heading' } }),
      h('span', { class: 'muted small', text: t(L, 'sidebar.odr.target') }),
    ),
    h('p', {
      class: 'window muted',
      testid: 'window',
      text: d.window
        ? t(L, 'sidebar.odr.window', {
            start: formatDate(d.window.start, L),
            end: formatDate(d.window.end, L),
          })
        : t(L, 'sidebar.odr.noWindow'),
    }),
    renderAsOf(d, actions),
    d.channels.length === 0
      ? h('p', { class: 'empty', text: t(L, 'sidebar.odr.noChannels') })
      : h('div', { class: 'cards' }, ...d.channels.map((ch) => renderChannel(ch, d))),
  );
}

function renderAsOf(d: Dashboard, actions: OdrActions): HTMLElement {
  const L = d.locale;
  const input = h('input', {
    class: 'date-input',
    testid: 'as-of',
    attrs: { type: 'date', id: 'as-of', required: '' },
  });
  input.value = d.asOf ?? '';
  // Commit on change only when the value is a whole date (typing a year fires partial changes).
  input.addEventListener('change', () => {
    if (isIsoDay(input.value) && input.value !== d.asOf) actions.setAsOf(input.value);
  });
  // Only offered when the seller fixed a day: otherwise the window already ends on the latest.
  const reset =
    d.asOfSetting !== null &&
    h('button', {
      class: 'btn btn-text',
      testid: 'as-of-latest',
      text: t(L, 'sidebar.odr.asOfLatest'),
      attrs: { type: 'button' },
      on: { click: () => actions.setAsOf(null) },
    });
  return h(
    'div',
    { class: 'as-of' },
    h(
      'div',
      { class: 'as-of-row' },
      h('label', { text: t(L, 'sidebar.odr.asOf'), attrs: { for: 'as-of' } }),
      input,
      reset,
    ),
    h('p', {
      class: 'muted small',
      text: t(L, d.asOfSetting === null ? 'sidebar.odr.asOfAuto' : 'sidebar.odr.asOfFixed'),
    }),
  );
}

function renderChannel(ch: ChannelSummary, d: Dashboard): HTMLElement {
  const L = d.locale;
  const level = rateLevel(ch.rate);
  // The gauge runs from 0 to twice the target, so the target sits in the middle.
  const fill = ch.rate === null ? 0 : Math.min(ch.rate / (2 * TARGET), 1) * 100;
  const bar = h('div', { class: 'gauge-fill' });
  bar.style.width = `${fill.toFixed(1)}%`;
  const amazon = amazonComparisons(ch, d.amazonFigures, L);
  return h(
    'article',
    {
      class: `card level-${level}`,
      testid: 'channel-card',
      attrs: { 'data-scope': ch.scope, 'data-level': level },
    },
    h(
      'div',
      { class: 'card-head' },
      h('h3', { class: 'card-title', text: t(L, SCOPE_KEY[ch.scope]) }),
      h('span', { class: 'pill', text: t(L, LEVEL_KEY[level]) }),
    ),
    h(
      'div',
      { class: 'rate-row' },
      h('span', { class: 'rate', testid: 'channel-rate', text: formatPercent(ch.rate, L) }),
      h(
        'div',
        { class: 'gauge', attrs: { 'aria-hidden': 'true' } },
        bar,
        h('div', { class: 'gauge-target' }),
      ),
    ),
    h(
      'dl',
      { class: 'counts' },
      ...countPair(t(L, 'sidebar.odr.orders'), formatCount(ch.orders, L), 'orders'),
      ...countPair(t(L, 'sidebar.odr.defective'), formatCount(ch.defective, L), 'defective'),
    ),
    h(
      'dl',
      { class: 'components' },
      ...countPair(t(L, 'sidebar.odr.negativeFeedback'), formatCount(ch.negativeFeedback, L)),
      ...countPair(t(L, 'sidebar.odr.atoz'), formatCount(ch.atoz, L)),
      ...countPair(t(L, 'sidebar.odr.chargeback'), formatCount(ch.chargeback, L)),
    ),
    h('ul', { class: 'facts' }, ...channelFacts(ch, L).map((line) => h('li', { text: line }))),
    ...amazon.comparisons.map((comparison) =>
      h(
        'div',
        { class: 'amazon', testid: 'amazon-figure' },
        h('div', { text: comparison.figure }),
        comparison.difference && h('div', { class: 'muted', text: comparison.difference }),
        ...comparison.causes.map((cause) =>
          h('div', { class: 'muted', testid: 'amazon-cause', text: cause }),
        ),
      ),
    ),
    amazon.note && h('div', { class: 'muted small', testid: 'amazon-note', text: amazon.note }),
  );
}

function countPair(label: string, value: string, testid?: string): HTMLElement[] {
  return [
    h('dt', { text: label }),
    h('dd', { text: value, testid: testid ? `channel-${testid}` : undefined }),
  ];
}

export function renderSources(d: Dashboard, actions: OdrActions): HTMLElement {
  const L = d.locale;
  const src = d.sources;
  const pick = (which: 'orders' | 'defects'): HTMLElement => {
    const current = which === 'orders' ? src.ordersSheet : src.defectsSheet;
    const select = h('select', {
      testid: `source-${which}`,
      attrs: { id: `source-${which}` },
    });
    select.appendChild(h('option', { text: t(L, 'sidebar.sources.auto'), attrs: { value: '' } }));
    for (const sheet of src.sheets) {
      const text =
        sheet.kind === 'other'
          ? sheet.name
          : t(L, 'sidebar.sources.option', {
              name: sheet.name,
              kind: t(L, `sidebar.sources.kind.${sheet.kind}`),
            });
      select.appendChild(h('option', { text, attrs: { value: sheet.name } }));
    }
    select.value = src.chosen && current ? current : '';
    select.addEventListener('change', () => {
      const orders = (document.getElementById('source-orders') as HTMLSelectElement).value;
      const defects = (document.getElementById('source-defects') as HTMLSelectElement).value;
      actions.setSources(orders || null, defects || null);
    });
    return h(
      'div',
      { class: 'field' },
      h('label', {
        text: t(L, which === 'orders' ? 'sidebar.sources.orders' : 'sidebar.sources.defects'),
        attrs: { for: `source-${which}` },
      }),
      select,
      h('span', { class: 'muted small', text: current ?? '–' }),
    );
  };
  const used = [src.ordersSheet, src.defectsSheet].filter((s): s is string => !!s).join(' · ');
  return h(
    'details',
    { class: 'section sources', testid: 'sources' },
    h(
      'summary',
      {},
      h('span', { class: 'summary-title', text: t(L, 'sidebar.sources.heading') }),
      h('span', { class: 'muted small summary-value', text: used || '–' }),
    ),
    pick('orders'),
    pick('defects'),
    h('p', {
      class: 'muted small',
      text: t(L, src.chosen ? 'sidebar.sources.chosen' : 'sidebar.sources.found'),
    }),
  );
}

export function renderFindings(findings: readonly string[], locale: Locale): HTMLElement | null {
  if (findings.length === 0) return null;
  return h(
    'details',
    { class: 'section findings', testid: 'findings' },
    h('summary', {
      text: t(locale, 'sidebar.findings.heading', { n: findings.length }),
    }),
    h('ul', {}, ...findings.map((f) => h('li', { text: f }))),
  );
}
