/// <reference lib="dom" />
/**
 * What the seller can act on for the appeal: the products behind the defects, and the negative
 * feedback Amazon may remove (with the last day to ask, and what the rate would be). Removal is
 * Amazon's decision, so every line says "may" / "would". Buyer text is shown as text only.
 */
import type { Dashboard, ProductItem, RemovalItem, TopProducts } from '../core/wire/types';
import { t, type Locale } from '../core/i18n';
import { h } from './dom';
import { formatCount, formatPercent } from './format';
import {
  productComparison,
  removalDeadline,
  removalIfAll,
  removalPassedNote,
  removalReasonText,
  scopeLabel,
} from './model';

export interface AppealActions {
  /** Select a row in a sheet (the feedback's row). */
  select(sheet: string, row: number): void;
}

function sectionHead(id: string, title: string, count?: number, L?: Locale): HTMLElement {
  return h(
    'div',
    { class: 'section-head' },
    h(
      'h2',
      { attrs: { id } },
      title,
      count !== undefined && L !== undefined ? ' ' : '',
      count !== undefined && L !== undefined
        ? h('span', { class: 'count-badge', text: formatCount(count, L) })
        : null,
    ),
  );
}

// ---- products ----------------------------------------------------------------------------

export function renderProducts(d: Dashboard): HTMLElement | null {
  const L = d.locale;
  if (d.topProducts.length === 0) return null;
  return h(
    'section',
    {
      class: 'section',
      testid: 'products-section',
      attrs: { 'aria-labelledby': 'products-heading' },
    },
    sectionHead('products-heading', t(L, 'appeal.products.heading')),
    ...d.topProducts.map((scope) => renderScopeProducts(scope, L)),
  );
}

function renderScopeProducts(top: TopProducts, L: Locale): HTMLElement {
  return h(
    'div',
    { class: 'products-scope', testid: 'products-scope', attrs: { 'data-scope': top.scope } },
    h('p', {
      class: 'muted small',
      text: t(L, 'appeal.products.average', {
        channel: scopeLabel(top.scope, L),
        rate: formatPercent(top.averageRate, L),
      }),
    }),
    !top.available
      ? h('p', {
          class: 'empty small',
          testid: 'products-no-columns',
          text: t(L, 'appeal.products.noColumns'),
        })
      : top.products.length === 0
        ? h('p', { class: 'empty small', text: t(L, 'appeal.products.none') })
        : h(
            'ol',
            { class: 'products', testid: 'product-list' },
            ...top.products.map((p) => renderProduct(p, top.averageRate, L)),
          ),
  );
}

function renderProduct(p: ProductItem, average: number | null, L: Locale): HTMLElement {
  const sku = p.sku || p.asin || t(L, 'appeal.products.noSku');
  const comparison = productComparison(p.rate, average, L);
  return h(
    'li',
    {
      class: 'product',
      testid: 'product-item',
      attrs: { 'data-sku': p.sku, 'data-defective': String(p.defective) },
    },
    h(
      'span',
      { class: 'product-top' },
      h('span', { class: 'sku', text: sku }),
      p.name && h('span', { class: 'product-name muted small', text: p.name, title: p.name }),
    ),
    h('span', {
      class: 'small',
      testid: 'product-counts',
      text: t(L, 'appeal.products.counts', {
        defective: formatCount(p.defective, L),
        orders: formatCount(p.orders, L),
      }),
    }),
    h(
      'span',
      { class: 'small', testid: 'product-rate' },
      h('strong', {
        class: comparison.above ? 'above' : '',
        text: t(L, 'appeal.products.rate', { rate: formatPercent(p.rate, L) }),
      }),
      comparison.text ? ` · ${comparison.text}` : '',
    ),
    p.mainComplaint &&
      h('span', {
        class: 'muted small',
        text: t(L, 'appeal.products.complaint', { category: p.mainComplaint }),
      }),
  );
}

// ---- removal candidates ------------------------------------------------------------------

export function renderRemoval(d: Dashboard, actions: AppealActions): HTMLElement {
  const L = d.locale;
  const { candidates, ifRemoved } = d.removal;
  const passedNote = removalPassedNote(candidates, L);
  return h(
    'section',
    {
      class: 'section',
      testid: 'removal-section',
      attrs: { 'aria-labelledby': 'removal-heading' },
    },
    sectionHead('removal-heading', t(L, 'appeal.removal.heading'), candidates.length, L),
    h('p', { class: 'muted small', text: t(L, 'appeal.removal.intro') }),
    candidates.length === 0
      ? h('p', { class: 'empty', testid: 'removal-none', text: t(L, 'appeal.removal.none') })
      : h(
          'div',
          {},
          ifRemoved.length > 0 &&
            h(
              'ul',
              { class: 'if-removed' },
              ...ifRemoved.map((r) =>
                h('li', {
                  testid: 'removal-if',
                  attrs: { 'data-scope': r.scope },
                  text: removalIfAll(r, L),
                }),
              ),
            ),
          passedNote &&
            h('p', { class: 'muted small', testid: 'removal-passed-note', text: passedNote }),
          h(
            'ul',
            { class: 'removals', testid: 'removal-list' },
            ...candidates.map((c) => renderCandidate(c, d, actions)),
          ),
        ),
  );
}

function renderCandidate(c: RemovalItem, d: Dashboard, actions: AppealActions): HTMLElement {
  const L = d.locale;
  const sheet = c.source === 'defects' ? d.sources.defectsSheet : d.sources.ordersSheet;
  const deadline = removalDeadline(c, L);
  const content = [
    h(
      'span',
      { class: 'defect-top' },
      h('span', { class: 'order-id', text: c.orderId }),
      c.channel && h('span', { class: 'badge badge-channel', text: c.channel }),
    ),
    h('span', { class: 'small', testid: 'removal-reason', text: removalReasonText(c.reason, L) }),
    c.comment && h('span', { class: 'comment', testid: 'removal-comment', text: c.comment }),
    h('span', {
      class: `deadline small${c.passed ? ' passed' : ''}`,
      testid: 'removal-deadline',
      text: deadline,
    }),
  ];
  // A <button> may hold only phrasing content, hence spans styled as blocks.
  const item = sheet
    ? h(
        'button',
        {
          class: 'defect removal',
          testid: 'removal-item',
          title: t(L, 'appeal.removal.select', { sheet }),
          attrs: {
            type: 'button',
            'data-order-id': c.orderId,
            'data-passed': String(c.passed),
            'data-row': String(c.row),
          },
          on: { click: () => actions.select(sheet, c.row) },
        },
        ...content,
      )
    : h(
        'div',
        {
          class: 'defect removal',
          testid: 'removal-item',
          attrs: { 'data-order-id': c.orderId, 'data-passed': String(c.passed) },
        },
        ...content,
      );
  return h('li', {}, item);
}
