import { RULES_EN, type RuleReasonKey } from '../i18n/rules';
import type { Cell, Channel, ChannelScope, DefectType } from './types';
import { normalizeHeader } from './columns';
import { lazy } from './lazy';

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
 * Statuses that take a defect out of the count (docs/rules.md §2, help G202041210, 48781,
 * G202145040, 20231). A stem matches at the start of a word of the status, read in lower case
 * with punctuation as spaces, apostrophes dropped and "favour" spelled "favor": so "Amazon
 * funded" is excluded but "Refunded" is not, and "in seller's favour" reads "in sellers favor".
 * A stem marked `word` must be the whole word ("won", not "won't"). Han stems match anywhere.
 * This table is printed in the README (scripts/gen-docs.mjs).
 */
export interface StatusRule {
  stem: string;
  /** Why it does not count: a catalog key (src/core/i18n/rules.ts). */
  reason: RuleReasonKey;
  /** The reason in English, for the README table. */
  meaning: string;
  appliesTo: string;
  word?: boolean;
}

function rule(stem: string, reason: RuleReasonKey, appliesTo: string, word = false): StatusRule {
  return { stem, reason, meaning: RULES_EN[reason], appliesTo, ...(word ? { word } : {}) };
}

const CLAIMS = 'A-to-z claims';
const CHARGEBACKS = 'chargebacks';
const CLAIMS_AND_CHARGEBACKS = 'A-to-z claims, chargebacks';

export const EXCLUDING_STEMS: readonly StatusRule[] = [
  rule('deni', 'rules.why.denied', CLAIMS),
  rule('declin', 'rules.why.declined', CLAIMS),
  rule('withdr', 'rules.why.withdrawn', CLAIMS_AND_CHARGEBACKS),
  // Funding needs its funder: "seller funded" counts (the claim was paid at the seller's cost).
  rule('amazon fund', 'rules.why.amazonFunded', CLAIMS),
  rule('funded by amazon', 'rules.why.amazonFunded', CLAIMS),
  rule('protect', 'rules.why.claimsProtected', CLAIMS),
  rule('revers', 'rules.why.reversed', CLAIMS_AND_CHARGEBACKS),
  rule('fraud', 'rules.why.fraud', CHARGEBACKS),
  rule('won', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS, true),
  rule('in your favor', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS),
  rule('in sellers favor', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS),
  rule('in the sellers favor', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS),
  rule('in favor of seller', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS),
  rule('in favor of the seller', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS),
  rule('in favor of you', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS),
  rule('decided for seller', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS),
  rule('decided for the seller', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS),
  rule('decided for you', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS),
  rule('remov', 'rules.why.removed', 'feedback'),
  rule('strike', 'rules.why.struck', 'feedback'),
  rule('struck', 'rules.why.struck', 'feedback'),
  rule('invalid', 'rules.why.invalid', 'all'),
  rule('驳回', 'rules.why.denied', CLAIMS),
  rule('拒绝', 'rules.why.denied', CLAIMS),
  rule('撤回', 'rules.why.withdrawn', CLAIMS_AND_CHARGEBACKS),
  rule('撤销', 'rules.why.withdrawn', CLAIMS_AND_CHARGEBACKS),
  rule('亚马逊承担', 'rules.why.amazonFunded', CLAIMS),
  rule('有利于卖家', 'rules.why.sellerFavour', CLAIMS_AND_CHARGEBACKS),
  rule('已移除', 'rules.why.removed', 'feedback'),
  rule('已删除', 'rules.why.removed', 'feedback'),
  rule('欺诈', 'rules.why.fraud', CHARGEBACKS),
];

/**
 * Wordings that say the defect counts although an excluding stem appears in them: the buyer won,
 * the seller paid, the decision went against the seller. Checked first.
 */
export const COUNTING_PHRASES: readonly string[] = [
  'seller fund',
  'funded by seller',
  'funded by the seller',
  'funded by you',
  'not protect',
  'not in your favor',
  'not in sellers favor',
  'not in the sellers favor',
  'not in favor of',
  'in buyers favor',
  'in the buyers favor',
  'in customers favor',
  'in favor of buyer',
  'in favor of the buyer',
  'in favor of customer',
  'in favor of the customer',
  'in favor of cardholder',
  'in favor of the cardholder',
  'buyer won',
  'customer won',
  'cardholder won',
  'decided for buyer',
  'decided for the buyer',
  'decided against',
  '有利于买家',
];

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
  'resolved',
  'charged back',
  '处理中',
  '待处理',
  '已批准',
  '已退款',
  '已关闭',
  '开放',
];

const HAN_RE = /\p{Script=Han}/u;

/** Lower case, apostrophes dropped, other punctuation as single spaces, "favour" → "favor". */
export function statusWords(status: string): string {
  return ` ${status
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/favour/g, 'favor')
    .trim()} `;
}

/** Whether a phrase starts a word of `words` (as `statusWords` gives, padded with spaces). */
function startsWord(words: string, phrase: string, wholeWord = false): boolean {
  if (HAN_RE.test(phrase)) return words.includes(phrase);
  const at = words.indexOf(` ${phrase}${wholeWord ? ' ' : ''}`);
  return at >= 0;
}

/** Built on first use: a fresh context (one per call) pays it only if it reads a status. */
const countingWords = lazy(() => COUNTING_STATUSES.map((s) => statusWords(s).trim()));

export type StatusVerdict =
  { counts: true; recognised: boolean } | { counts: false; excludedBy: RuleReasonKey };

/** Whether a status lets the defect count; unknown statuses count, flagged as unrecognised. */
export function classifyStatus(status: string): StatusVerdict {
  const words = statusWords(status);
  if (words.trim() === '') return { counts: true, recognised: true };
  if (COUNTING_PHRASES.some((p) => startsWord(words, p))) {
    return { counts: true, recognised: true };
  }
  for (const r of EXCLUDING_STEMS) {
    if (startsWord(words, r.stem, r.word === true)) return { counts: false, excludedBy: r.reason };
  }
  return { counts: true, recognised: countingWords().some((w) => startsWord(words, w, true)) };
}

/**
 * Card networks' chargeback reason codes (docs/rules.md §2; Visa Dispute Management Guidelines,
 * Mastercard Chargeback Guide, American Express and Discover dispute reason codes): fraud codes
 * are the issuer saying the cardholder did not make the purchase — Amazon's liability, not a
 * defect; the others are service disputes (not received, not as described, credit not
 * processed, processing errors) and count.
 */
export interface ReasonCode {
  network: 'Visa' | 'Mastercard' | 'American Express' | 'Discover';
  code: string;
  fraud: boolean;
  meaning: string;
}

export const REASON_CODES: readonly ReasonCode[] = [
  { network: 'Visa', code: '10.1', fraud: true, meaning: 'EMV liability shift counterfeit fraud' },
  {
    network: 'Visa',
    code: '10.2',
    fraud: true,
    meaning: 'EMV liability shift non-counterfeit fraud',
  },
  { network: 'Visa', code: '10.3', fraud: true, meaning: 'other fraud, card present' },
  { network: 'Visa', code: '10.4', fraud: true, meaning: 'other fraud, card absent' },
  { network: 'Visa', code: '10.5', fraud: true, meaning: 'Visa fraud monitoring program' },
  { network: 'Visa', code: '13.1', fraud: false, meaning: 'merchandise / services not received' },
  { network: 'Visa', code: '13.3', fraud: false, meaning: 'not as described or defective' },
  { network: 'Visa', code: '13.6', fraud: false, meaning: 'credit not processed' },
  { network: 'Mastercard', code: '4837', fraud: true, meaning: 'no cardholder authorization' },
  {
    network: 'Mastercard',
    code: '4840',
    fraud: true,
    meaning: 'fraudulent processing of transactions',
  },
  { network: 'Mastercard', code: '4849', fraud: true, meaning: 'questionable merchant activity' },
  { network: 'Mastercard', code: '4863', fraud: true, meaning: 'cardholder does not recognize' },
  { network: 'Mastercard', code: '4870', fraud: true, meaning: 'chip liability shift' },
  { network: 'Mastercard', code: '4871', fraud: true, meaning: 'chip/PIN liability shift' },
  {
    network: 'Mastercard',
    code: '4853',
    fraud: false,
    meaning: 'cardholder dispute (not as described, defective)',
  },
  { network: 'Mastercard', code: '4855', fraud: false, meaning: 'goods or services not provided' },
  { network: 'Mastercard', code: '4859', fraud: false, meaning: 'services not rendered' },
  { network: 'Mastercard', code: '4860', fraud: false, meaning: 'credit not processed' },
  { network: 'American Express', code: 'F10', fraud: true, meaning: 'missing imprint' },
  { network: 'American Express', code: 'F14', fraud: true, meaning: 'missing signature' },
  { network: 'American Express', code: 'F24', fraud: true, meaning: 'no cardmember authorization' },
  { network: 'American Express', code: 'F29', fraud: true, meaning: 'card not present' },
  { network: 'American Express', code: 'FR2', fraud: true, meaning: 'fraud full recourse program' },
  {
    network: 'American Express',
    code: 'FR4',
    fraud: true,
    meaning: 'immediate chargeback program',
  },
  {
    network: 'American Express',
    code: 'FR6',
    fraud: true,
    meaning: 'partial immediate chargeback program',
  },
  { network: 'Discover', code: 'UA01', fraud: true, meaning: 'fraud, card present' },
  { network: 'Discover', code: 'UA02', fraud: true, meaning: 'fraud, card not present' },
  { network: 'Discover', code: 'UA05', fraud: true, meaning: 'fraud, chip counterfeit' },
  { network: 'Discover', code: 'UA06', fraud: true, meaning: 'fraud, chip and PIN' },
];

const FRAUD_CODE_RE =
  /(?:^|[^\p{L}\p{N}.])(10\.[1-5x]|4837|4840|4849|4863|4870|4871|F10|F14|F24|F29|FR2|FR4|FR6|UA0[1256])(?![\p{L}\p{N}]|\.\d)/iu;
/** Service codes: Visa 11.x–13.x, Mastercard 4853/4855/4859/4860, Amex C.. / P.. codes. */
const SERVICE_CODE_RE =
  /(?:^|[^\p{L}\p{N}.])(1[123]\.\d{1,2}|4853|4855|4859|4860|[CP]\d{2})(?![\p{L}\p{N}]|\.\d)/iu;
const FRAUD_WORDS_RE =
  /\bfraud|\bunauthori[sz]ed|\bnot authori[sz]ed|\bno (?:cardholder |cardmember )?authori[sz]ation|\b(?:did ?n[o']?t|does ?n[o']?t|do ?n[o']?t) (?:authori[sz]e|recogni[sz]e)|\bnot recogni[sz]ed|\bunrecogni[sz]ed|\bnot the cardholder|欺诈|盗刷|未经授权|未授权/iu;
/** The import writes "Reason (amount 24.99)" or "Amount 24.99": amounts are not codes. */
const AMOUNT_RE = /\(?\bamount\b[^)]*\)?/giu;

export interface ReasonVerdict {
  fraud: boolean;
  /** The code or words that decided it, as written. */
  evidence: string;
}

/**
 * Reads a chargeback's reason or reason-code cell: fraud (by code or words) or a service reason;
 * null when it says neither. A code decides over words.
 */
export function classifyChargebackReason(reason: string): ReasonVerdict | null {
  const text = reason.replace(AMOUNT_RE, ' ');
  if (text.trim() === '') return null;
  const fraudCode = FRAUD_CODE_RE.exec(text);
  if (fraudCode) return { fraud: true, evidence: fraudCode[1] };
  const serviceCode = SERVICE_CODE_RE.exec(text);
  if (serviceCode) return { fraud: false, evidence: serviceCode[1] };
  const words = FRAUD_WORDS_RE.exec(text);
  if (words) return { fraud: true, evidence: words[0] };
  return null;
}

export type DefectVerdict =
  | { counts: true; recognised: boolean }
  | { counts: false; excludedBy: RuleReasonKey; evidence?: string };

/**
 * A defect's verdict from its status and, for chargebacks, its reason: fraud chargebacks often
 * show only in the card network's reason code, with a status such as "Resolved" (docs/rules.md §2).
 */
export function classifyDefect(type: DefectType, status: string, reason: string): DefectVerdict {
  const verdict = classifyStatus(status);
  if (!verdict.counts || type !== 'chargeback' || reason.trim() === '') return verdict;
  const byReason = classifyChargebackReason(reason);
  if (byReason === null) return verdict;
  if (byReason.fraud) {
    return { counts: false, excludedBy: 'rules.why.fraudReason', evidence: byReason.evidence };
  }
  return verdict;
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
  let n = NaN;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string') {
    // A seller's own sheet may hold "１" (full width), "1/5", "1 star", "1星", "星1" or "1つ星".
    const plain = /[^\x20-\x7e]/.test(cell) ? cell.normalize('NFKC') : cell;
    const m = /^\s*(?:星\s*)?(\d+(?:\.0+)?)\s*(?:\/\s*5|stars?|つ?星)?\s*$/i.exec(plain);
    if (m) n = Number(m[1]);
  }
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
