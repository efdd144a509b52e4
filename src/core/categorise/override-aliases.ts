/** Every way a seller might write a category in the override column (data only). */
import type { CategoryId } from './categories';

// prettier-ignore
export const OVERRIDE_ALIASES: Readonly<Record<CategoryId, readonly string[]>> = {
  notReceived: [
    'not received', 'late', 'lost', 'not delivered', 'never arrived', 'delivery', 'shipping', 'nr',
    'inr', '未收到', '未送达', '延迟', '迟到', '物流', '配送',
  ],
  damaged: [
    'damaged', 'defective', 'broken', 'faulty', 'quality', 'damage', '损坏', '破损', '有缺陷',
    '质量',
    '质量问题', '残次',
  ],
  notAsDescribed: [
    'not as described', 'wrong item', 'wrong', 'different', 'listing', 'snad', 'inad', 'mismatch',
    '与描述不符', '描述不符', '发错', '发错货', '错发',
  ],
  incomplete: [
    'incomplete', 'missing', 'missing parts', 'missing items', 'partial', '不完整', '缺件',
    '缺少配件',
    '少件',
  ],
  returnRefund: [
    'return', 'refund', 'returns', 'refunds', 'return refund', 'return or refund', '退货', '退款',
    '退货退款',
  ],
  service: [
    'service', 'communication', 'customer service', 'no reply', 'cs', '客服', '服务', '沟通',
  ],
  chargeback: ['chargeback', 'cb', '拒付', '信用卡拒付', '退单'],
  uncategorised: [
    'uncategorised', 'uncategorized', 'other', 'unknown', 'none', '未分类', '其他', '未知',
  ],
};
