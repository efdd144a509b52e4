import type { Locale } from '../i18n';
import type { Cell, Channel, ChannelScope, DefectType } from './types';
import { normalizeHeader } from './columns';

/** Yes-flags accepted in defect columns (issue #2): TRUE, Y, yes, 1, x, ✓, 是. */
const YES = new Set(['true', 'y', 'yes', '1', 'x', '✓', '✔', '是', '有', 'ja', 'oui', 'si', 'sí']);
/** Cells that clearly say "no defect". */
const NO = new Set([
  '',
  'false',
  'n',
  'no',
  '0',
  '-',
  '—',
  '否',
  '无',
  '没有',
  'none',
  'nein',
  'non',
]);

export type FlagReading = { kind: 'yes' } | { kind: 'no' } | { kind: 'status'; status: string };

/** Reads an inline defect cell: a yes/no flag, or else a status text to classify. */
export function readFlag(cell: Cell): FlagReading {
  if (cell === true) return { kind: 'yes' };
  if (cell === false || cell === null || cell === undefined) return { kind: 'no' };
  if (typeof cell === 'number') return cell === 0 ? { kind: 'no' } : { kind: 'yes' };
  if (typeof cell === 'object') return { kind: 'yes' }; // a date in a flag column: something happened
  const text = cell.trim();
  const key = text.toLowerCase();
  if (YES.has(key)) return { kind: 'yes' };
  if (NO.has(key)) return { kind: 'no' };
  return { kind: 'status', status: text };
}

/**
 * Statuses that take a defect out of the count (odr-rules §2, help G202041210, 48781,
 * G202145040, 20231). Matched case-insensitively on a stem at the start of a word, so
 * "Amazon funded" is excluded but "Refunded" is not. This table is printed in the README.
 */
export const EXCLUDING_STEMS: readonly { stem: string; meaning: string; appliesTo: string }[] = [
  { stem: 'deni', meaning: 'claim denied', appliesTo: 'A-to-z claims' },
  { stem: 'declin', meaning: 'claim declined', appliesTo: 'A-to-z claims' },
  { stem: 'withdr', meaning: 'withdrawn by the buyer', appliesTo: 'A-to-z claims, chargebacks' },
  {
    stem: 'fund',
    meaning: 'Amazon-funded (Buy Shipping claims protection)',
    appliesTo: 'A-to-z claims',
  },
  {
    stem: 'protect',
    meaning: 'claims protected (Buy Shipping, shipped on time)',
    appliesTo: 'A-to-z claims',
  },
  {
    stem: 'revers',
    meaning: 'reversed on appeal / in the seller’s favour',
    appliesTo: 'claims, chargebacks',
  },
  { stem: 'fraud', meaning: 'fraud chargeback (Amazon’s liability)', appliesTo: 'chargebacks' },
  { stem: 'won', meaning: 'decided in the seller’s favour', appliesTo: 'chargebacks' },
  { stem: 'remov', meaning: 'feedback removed', appliesTo: 'feedback' },
  { stem: 'strike', meaning: 'feedback struck through', appliesTo: 'feedback' },
  { stem: 'struck', meaning: 'feedback struck through', appliesTo: 'feedback' },
  { stem: 'invalid', meaning: 'marked invalid by Amazon', appliesTo: 'all' },
  { stem: '驳回', meaning: 'denied (驳回)', appliesTo: 'A-to-z claims' },
  { stem: '拒绝', meaning: 'denied (拒绝)', appliesTo: 'A-to-z claims' },
  { stem: '撤回', meaning: 'withdrawn (撤回)', appliesTo: 'A-to-z claims, chargebacks' },
  { stem: '撤销', meaning: 'withdrawn (撤销)', appliesTo: 'A-to-z claims, chargebacks' },
  { stem: '亚马逊承担', meaning: 'Amazon-funded (亚马逊承担)', appliesTo: 'A-to-z claims' },
  { stem: '已移除', meaning: 'feedback removed (已移除)', appliesTo: 'feedback' },
  { stem: '已删除', meaning: 'feedback removed (已删除)', appliesTo: 'feedback' },
  { stem: '欺诈', meaning: 'fraud chargeback (欺诈)', appliesTo: 'chargebacks' },
];

/** The Chinese for each reason a defect is not counted, for the sidebar's data notes. */
const EXCLUSION_ZH: Readonly<Record<string, string>> = {
  'claim denied': '索赔被拒绝',
  'claim declined': '索赔被驳回',
  'withdrawn by the buyer': '买家已撤回',
  'Amazon-funded (Buy Shipping claims protection)': '由亚马逊承担（购买配送的索赔保护）',
  'claims protected (Buy Shipping, shipped on time)': '索赔受保护（购买配送且按时发货）',
  'reversed on appeal / in the seller’s favour': '申诉后撤销 / 裁定有利于卖家',
  'fraud chargeback (Amazon’s liability)': '欺诈拒付（由亚马逊负责）',
  'decided in the seller’s favour': '裁定有利于卖家',
  'feedback removed': '反馈已移除',
  'feedback struck through': '反馈已被划除',
  'marked invalid by Amazon': '被亚马逊标记为无效',
};

/** Why a defect does not count, in the reader's language (the stems' table is English). */
export function exclusionReason(meaning: string, locale: Locale): string {
  if (locale === 'pseudo') return `⟦${meaning}⟧`;
  if (locale === 'en') return meaning;
  return EXCLUSION_ZH[meaning] ?? meaning.replace(/^.*\((\p{Script=Han}+)\)$/u, '$1');
}

/** Statuses known to count (so they raise no "not recognised" warning). */
export const COUNTING_STATUSES: readonly string[] = [
  'open',
  'opened',
  'pending',
  'under review',
  'in review',
  'review',
  'granted',
  'grant',
  'seller fault',
  'at seller fault',
  'refunded',
  'seller refunded',
  'closed',
  'cancelled',
  'canceled',
  'no response',
  'unanswered',
  'lost',
  'decided',
  'active',
  'new',
  'awaiting seller response',
  'action required',
  'paid',
  'debited',
  'accepted',
  'upheld',
  'appealed',
  'appeal pending',
  'counts',
  'defect',
  '处理中',
  '待处理',
  '已批准',
  '已退款',
  '已关闭',
  '开放',
];

const COUNTING = new Set(COUNTING_STATUSES.map((s) => normalizeHeader(s)));

const NOT_WORD_CHAR_RE = /[^\p{L}\p{N}]/u;

export type StatusVerdict =
  { counts: true; recognised: boolean } | { counts: false; excludedBy: string };

/** Whether a status lets the defect count; unknown statuses count, flagged as unrecognised. */
export function classifyStatus(status: string): StatusVerdict {
  const text = status.trim().toLowerCase();
  if (text === '') return { counts: true, recognised: true };
  for (const { stem, meaning } of EXCLUDING_STEMS) {
    const at = text.indexOf(stem);
    if (at < 0) continue;
    // Latin stems must start a word ("refunded" does not contain the stem "fund" at a word start).
    if (/\p{Script=Han}/u.test(stem)) return { counts: false, excludedBy: meaning };
    for (let i = at; i >= 0; i = text.indexOf(stem, i + 1)) {
      if (i === 0 || NOT_WORD_CHAR_RE.test(text[i - 1]))
        return { counts: false, excludedBy: meaning };
    }
  }
  return { counts: true, recognised: COUNTING.has(normalizeHeader(text)) };
}

/** Reads a fulfilment-channel cell: Amazon/AFN/FBA → AFN, Merchant/MFN/FBM/Seller → MFN. */
export function readChannel(cell: Cell): Channel | null {
  if (typeof cell !== 'string') return null;
  const key = normalizeHeader(cell);
  return CHANNEL_WORDS.get(key) ?? null;
}

const CHANNEL_WORDS = new Map<string, Channel>([
  ['amazon', 'AFN'],
  ['afn', 'AFN'],
  ['fba', 'AFN'],
  ['fulfilledbyamazon', 'AFN'],
  ['亚马逊', 'AFN'],
  ['亚马逊配送', 'AFN'],
  ['merchant', 'MFN'],
  ['mfn', 'MFN'],
  ['fbm', 'MFN'],
  ['seller', 'MFN'],
  ['sellerfulfilled', 'MFN'],
  ['fulfilledbymerchant', 'MFN'],
  ['卖家', 'MFN'],
  ['卖家自配送', 'MFN'],
  ['自发货', 'MFN'],
]);

/** Reads the `channel` argument: MFN, AFN or ALL with their aliases; null when omitted. */
export function readChannelArgument(cell: Cell): ChannelScope | null | 'invalid' {
  if (cell === undefined || cell === null || cell === '') return null;
  if (typeof cell !== 'string') return 'invalid';
  const key = normalizeHeader(cell);
  if (key === 'all' || key === 'both' || key === '全部') return 'ALL';
  return CHANNEL_WORDS.get(key) ?? 'invalid';
}

/** Reads a defect-type cell of a defect list. */
export function readDefectType(cell: Cell): DefectType | null {
  const key = normalizeHeader(cell);
  if (key === '') return null;
  if (/chargeback|^cb$|拒付|退单/.test(key)) return 'chargeback';
  if (/atoz|^az|claim|guarantee|索赔|保障/.test(key)) return 'atoz';
  if (/feedback|^nf$|negative|review|rating|差评|反馈|评价/.test(key)) return 'negativeFeedback';
  return null;
}

/** Reads a 1–5 star rating; null when the cell holds none. */
export function readRating(cell: Cell): number | null {
  const n =
    typeof cell === 'number'
      ? cell
      : typeof cell === 'string'
        ? Number(cell.trim().replace(/\s*(stars?|星)$/i, ''))
        : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

/** Feedback Amazon struck through for FBA shows this sentence instead of counting (help 20231). */
export function isStruckThroughComment(comment: string): boolean {
  return /fulfilled by amazon,? and (we|amazon) take[s]? responsibility/i.test(comment);
}

export const DEFECT_LABELS: Readonly<Record<DefectType, string>> = {
  negativeFeedback: 'Negative feedback',
  atoz: 'A-to-z claim',
  chargeback: 'Chargeback',
};
