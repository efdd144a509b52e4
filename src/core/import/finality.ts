/**
 * Whether a status is a decision or still open (issue 11, "old news never overwrites new"):
 * without dates to compare, a decided status is never replaced by an undecided one. Words are
 * matched at the start of a word (Latin) or anywhere (Chinese), case-insensitively.
 */
export type Finality = 'decided' | 'undecided' | 'unknown';

/** Still open: the claim, feedback or order can change. Checked first ("Refund pending"). */
const UNDECIDED: readonly string[] = [
  'open',
  'pending',
  'under review',
  'in review',
  'review',
  'new',
  'active',
  'awaiting',
  'action required',
  'in progress',
  'investigat',
  'unshipped',
  'partially',
  'shipping',
  'no response',
  'unanswered',
  '处理中',
  '待处理',
  '审核中',
  '开放',
  '未发货',
  '等待',
];

/** Decided: Amazon, the buyer or the bank has closed the matter; orders shipped or cancelled. */
const DECIDED: readonly string[] = [
  'grant',
  'deni',
  'declin',
  'withdr',
  'revers',
  'fraud',
  'won',
  'lost',
  'remov',
  'strike',
  'struck',
  'invalid',
  'clos',
  'refund',
  'resolv',
  'decided',
  'paid',
  'debit',
  'accept',
  'upheld',
  'reject',
  'amazon funded',
  'funded by amazon',
  'protect',
  'cancel',
  'shipped',
  'deliver',
  'complete',
  '驳回',
  '拒绝',
  '撤回',
  '撤销',
  '亚马逊承担',
  '已移除',
  '已删除',
  '欺诈',
  '已批准',
  '已退款',
  '已关闭',
  '已解决',
  '已发货',
  '已取消',
  '已送达',
  '已完成',
];

const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

function has(text: string, stem: string): boolean {
  if (HAN.test(stem)) return text.includes(stem);
  for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1)) {
    if (i === 0 || !WORD_CHAR.test(text[i - 1])) return true;
  }
  return false;
}

export function statusFinality(status: string): Finality {
  const text = status.trim().toLowerCase();
  if (text === '') return 'unknown';
  if (UNDECIDED.some((stem) => has(text, stem))) return 'undecided';
  if (DECIDED.some((stem) => has(text, stem))) return 'decided';
  return 'unknown';
}

/** True when `incoming` would move a decided status back to an undecided one. */
export function movesBack(existing: string, incoming: string): boolean {
  return statusFinality(existing) === 'decided' && statusFinality(incoming) === 'undecided';
}
