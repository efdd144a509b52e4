/**
 * What reading the seller's tables found worth saying (skipped rows, unknown statuses, date
 * formats …), collected once per kind and text, and said in the reader's language.
 */
import { t, type Locale, type MessageKey } from '../i18n';
import type { RuleReasonKey } from '../i18n/rules';
import { redactPersonal } from './text';

export type FindingKind =
  | 'skippedRow'
  | 'unrecognisedStatus'
  | 'unknownOrder'
  | 'duplicateRows'
  | 'dateFormat'
  | 'conflictingOrderRows'
  | 'excludedDefects'
  | 'notDefects'
  | 'futureDate'
  | 'unplacedOrder'
  | 'cancelledOrders';

export interface Finding {
  kind: FindingKind;
  table: 'orders' | 'defects';
  /** The English text (ODR_CHECK's), and what it was made from, to say it in another language. */
  message: string;
  key: MessageKey;
  params: Record<string, string | number>;
  /** 1-based rows in the range the finding is about (capped for display). */
  rows: number[];
  count: number;
}

const MAX_ROWS_LISTED = 20;

const PART_ORDER_KEYS: Record<string, MessageKey> = {
  MDY: 'finding.orderMDY',
  DMY: 'finding.orderDMY',
  YMD: 'finding.orderYMD',
};

/** Params that hold catalog data rather than cell text, so are not redacted. */
const NOT_CELL_TEXT = new Set(['order', 'why', 'date', 'today', 'from', 'to']);

/**
 * A finding's text in a language: a date-order code is said in words, an exclusion rule in the
 * reader's language, and cell text it quotes (a status, a channel, an order id …) without
 * e-mail addresses or phone numbers (issue 11).
 */
export function findingText(
  key: MessageKey,
  params: Record<string, string | number>,
  locale: Locale,
): string {
  const said: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    said[name] =
      typeof value === 'string' && !NOT_CELL_TEXT.has(name) ? redactPersonal(value) : value;
  }
  const order = PART_ORDER_KEYS[String(params.order)];
  if (order) said.order = t(locale, order);
  if (typeof params.why === 'string' && params.why.startsWith('rules.why.')) {
    said.why = t(locale, params.why as RuleReasonKey, {
      reason: redactPersonal(String(params.evidence ?? '')),
    });
  }
  return t(locale, key, said);
}

export class FindingCollector {
  private readonly byKey = new Map<string, Finding>();
  add(
    kind: FindingKind,
    table: Finding['table'],
    key: MessageKey,
    params: Record<string, string | number> = {},
    row?: number,
  ): void {
    const message = findingText(key, params, 'en');
    const id = `${kind}\u0000${table}\u0000${message}`;
    let finding = this.byKey.get(id);
    if (!finding) {
      finding = { kind, table, message, key, params, rows: [], count: 0 };
      this.byKey.set(id, finding);
    }
    finding.count++;
    if (row !== undefined && finding.rows.length < MAX_ROWS_LISTED) finding.rows.push(row);
  }
  list(): Finding[] {
    return [...this.byKey.values()];
  }
}
