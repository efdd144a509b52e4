/**
 * The plan-of-action sheet (src/core/plan): headings, guidance notes, fact bullets, measure
 * bases, warnings, per-order statuses, defect-type names, the letter checker's reasons, and the
 * missed-target sentence the plan and the sidebar share (`outlook.*`). The draft letter itself
 * stays English and is not here (src/core/plan/letter.ts).
 */
export const PLAN_EN = {
  'plan.sheetName': 'Plan of Action',
  'plan.title': 'Plan of Action — 60-day window {range}',
  'plan.note.style':
    'Concise, factual bullet points; no apologies without facts, no blame (buyers, delivery services, Amazon), no promises.',
  'plan.note.noDefects': 'No defective orders in this window: nothing to explain per category.',
  'plan.warning.unreadOverride':
    'Order {orderId}: category "{value}" not recognised; the keywords decided ({category}).',
  'plan.warning.unknownOrders':
    '{n} defect(s) name orders that are not in the orders range and are left out; run =ODR_CHECK to see which.',

  'plan.summary': 'Summary',
  'plan.window': '60-day window',
  'plan.channel': 'Channel',
  'plan.orders': 'Orders',
  'plan.ordersWithDefects': 'Orders with defects',
  'plan.odr': 'ODR',
  'plan.backUnderTarget': 'Back under target at current volume on',
  'plan.channelStatus': '{channel} — {status}',
  'plan.underTarget': 'under target',
  'plan.overTarget': 'not under target',
  'plan.notWithinWindow': 'not within 60 days',
  'plan.defectCounts': 'Defective orders by defect type',
  'plan.countOf': '{label}: {n}',
  'plan.missedTargets': 'Targets missed',

  'plan.categories': 'Complaint categories',
  'plan.sectionHeading': '{label} — {orders} ({share})',
  'plan.rootCause': 'Root cause',
  'plan.fact.share': '{orders} of {total} defective orders ({share}), ordered {range}.',
  'plan.fact.defectTypes': 'Defect types: {list}.',
  'plan.fact.themes': "Themes in buyers' words and claim reasons: {list}.",
  'plan.fact.reasons': 'Reasons given: {list}.',
  'plan.fact.overrides': 'Category set by the seller for {n} of these orders.',
  'plan.sellerFinding': 'Your finding (why it happened)',
  'plan.correctiveActions': 'Corrective actions taken',
  'plan.guide.corrective':
    'Past tense: what was already done for these orders. Fill the "{column}" column; keep only what you did.',
  'plan.preventiveMeasures': 'Preventive measures',
  'plan.guide.preventive':
    'Systems and checks that stop it recurring, not promises. Delete any measure you have not put in place.',
  'plan.guide.uncategorised':
    'The words of these orders name no clear category. Read them, set the category column of the defects table, and write the plan again.',
  'plan.basis.fromData': "Buyers' words mention: {themes}.",
  'plan.basis.standard': 'Standard measure for this category in Amazon’s plan-of-action guidance.',
  'plan.evidence': 'Evidence to attach',
  'plan.guide.evidence': 'Attach these files to the appeal.',

  'plan.column.orderId': 'Order ID',
  'plan.column.orderDate': 'Order date',
  'plan.column.defectTypes': 'Defect types',
  'plan.column.category': 'Category',
  'plan.column.comment': 'Buyer comment (excerpt)',
  'plan.column.reason': 'Reason',
  'plan.column.actionStatus': 'Action taken',

  'plan.defectType.negativeFeedback': 'Negative feedback',
  'plan.defectType.atoz': 'A-to-z claim',
  'plan.defectType.chargeback': 'Chargeback',
  'plan.typeCount.negativeFeedback': 'negative feedback {n}',
  'plan.typeCount.atoz.one': 'A-to-z claim {n}',
  'plan.typeCount.atoz.other': 'A-to-z claims {n}',
  'plan.typeCount.chargeback.one': 'chargeback {n}',
  'plan.typeCount.chargeback.other': 'chargebacks {n}',
  'plan.countedItem': '{item} ({n})',
  'plan.list': '{head}{separator}{tail}',

  'plan.status.refunded': 'refunded',
  'plan.status.replaced': 'replaced',
  'plan.status.contactedBuyer': 'contacted buyer',
  'plan.status.claimAppealed': 'claim appealed',
  'plan.status.feedbackRemovalRequested': 'feedback removal requested',

  'plan.appealSteps': 'The five appeal steps',
  'plan.done': 'Done',
  'plan.note': 'Note',

  'plan.letter': 'Draft appeal letter',
  'plan.guide.letter':
    'The letter stays in English, the language Seller Performance reads. Replace every [bracket] with your own facts before sending.',
  'plan.characters': 'Characters',
  'plan.flags': 'Phrases that get plans rejected',
  'plan.flag.apology': 'An apology without facts: state the cause, counts and order ids instead.',
  'plan.flag.blameCarrier':
    'Blames the delivery service: Amazon holds the seller responsible; name the system you changed (Buy Shipping, tracking, handling time).',
  'plan.flag.blameNamedCarrier':
    'Blames the delivery service: Amazon holds the seller responsible; name the system you changed.',
  'plan.flag.blameBuyer':
    'Blames the buyer: Amazon rejects plans that blame buyers; state what you changed.',
  'plan.flag.blameAmazon':
    'Blames Amazon: plans that dispute the metric instead of fixing causes get rejected.',
  'plan.flag.deflect': 'Deflects responsibility: own the cause and describe the fix.',
  'plan.flag.promise':
    'A promise, not a system: describe the check or process now in place (what, who, how often).',
  'plan.flag.emotive':
    'Emotive language: Seller Performance reads facts; keep to causes, actions and checks.',

  'outlook.missedTarget':
    '{channel} Order Defect Rate {rate} misses the target of under {target} ({defective} of {orders} orders, {range}); {needed} more defect-free orders would bring it under{then}.',
  'outlook.backUnderOn': '; at the current volume it is back under target on {date}',
  'outlook.notBackWithin60': '; at the current volume it is not back under target within 60 days',
} as const;

export const PLAN_ZH: Record<keyof typeof PLAN_EN, string> = {
  'plan.sheetName': '行动计划',
  'plan.title': '行动计划 — 60天统计周期：{range}',
  'plan.note.style':
    '简洁、基于事实、分点列出；不要没有事实的道歉，不要归咎他人（买家、物流服务商、亚马逊），不要空洞的承诺。',
  'plan.note.noDefects': '本统计周期内没有缺陷订单，无需按类别说明。',
  'plan.warning.unreadOverride':
    '订单 {orderId}：无法识别类别“{value}”，已按关键词归类（{category}）。',
  'plan.warning.unknownOrders':
    '有 {n} 条缺陷记录对应的订单不在订单范围内，已排除；运行 =ODR_CHECK 可查看是哪些。',

  'plan.summary': '概要',
  'plan.window': '60天统计周期',
  'plan.channel': '配送渠道',
  'plan.orders': '订单数',
  'plan.ordersWithDefects': '缺陷订单数',
  'plan.odr': '订单缺陷率',
  'plan.backUnderTarget': '按当前销量预计恢复达标的日期',
  'plan.channelStatus': '{channel} — {status}',
  'plan.underTarget': '达标',
  'plan.overTarget': '未达标',
  'plan.notWithinWindow': '60天内无法达标',
  'plan.defectCounts': '按缺陷类型统计的缺陷订单数',
  'plan.countOf': '{label}：{n}',
  'plan.missedTargets': '未达标的指标',

  'plan.categories': '投诉类别',
  'plan.sectionHeading': '{label} — {orders} 个订单（{share}）',
  'plan.rootCause': '根本原因',
  'plan.fact.share': '在 {total} 个缺陷订单中占 {orders} 个（{share}），下单日期为{range}。',
  'plan.fact.defectTypes': '缺陷类型：{list}。',
  'plan.fact.themes': '买家评论和索赔原因中的主题：{list}。',
  'plan.fact.reasons': '给出的原因：{list}。',
  'plan.fact.overrides': '其中 {n} 个订单的类别由卖家指定。',
  'plan.sellerFinding': '您的结论（问题为何发生）',
  'plan.correctiveActions': '已采取的纠正措施',
  'plan.guide.corrective':
    '只写已经完成的事：已为这些订单做了什么。请填写“{column}”一列，只保留您实际做过的。',
  'plan.preventiveMeasures': '预防措施',
  'plan.guide.preventive': '写能防止问题再次发生的制度和检查，而不是承诺。删除您尚未实施的措施。',
  'plan.guide.uncategorised':
    '这些订单的文字无法明确归类。请阅读后在缺陷表的类别列中填写类别，然后重新生成行动计划。',
  'plan.basis.fromData': '买家评论提到：{themes}。',
  'plan.basis.standard': '亚马逊行动计划指南中此类别的标准措施。',
  'plan.evidence': '需附上的证据',
  'plan.guide.evidence': '请把这些文件附在申诉中。',

  'plan.column.orderId': '订单编号',
  'plan.column.orderDate': '下单日期',
  'plan.column.defectTypes': '缺陷类型',
  'plan.column.category': '类别',
  'plan.column.comment': '买家评论（摘录）',
  'plan.column.reason': '原因',
  'plan.column.actionStatus': '已采取的措施',

  'plan.defectType.negativeFeedback': '负面反馈',
  'plan.defectType.atoz': '亚马逊商城交易保障索赔',
  'plan.defectType.chargeback': '信用卡拒付索赔',
  'plan.typeCount.negativeFeedback': '负面反馈 {n} 条',
  'plan.typeCount.atoz.one': '亚马逊商城交易保障索赔 {n} 起',
  'plan.typeCount.atoz.other': '亚马逊商城交易保障索赔 {n} 起',
  'plan.typeCount.chargeback.one': '信用卡拒付索赔 {n} 起',
  'plan.typeCount.chargeback.other': '信用卡拒付索赔 {n} 起',
  'plan.countedItem': '{item}（{n}）',
  'plan.list': '{head}{separator}{tail}',

  'plan.status.refunded': '已退款',
  'plan.status.replaced': '已换货',
  'plan.status.contactedBuyer': '已联系买家',
  'plan.status.claimAppealed': '已对索赔提出申诉',
  'plan.status.feedbackRemovalRequested': '已申请移除负面反馈',

  'plan.appealSteps': '申诉五步骤',
  'plan.done': '已完成',
  'plan.note': '备注',

  'plan.letter': '申诉信草稿',
  'plan.guide.letter':
    '申诉信保持英文（卖家绩效团队阅读英文）。发送前请把所有[方括号]替换为您自己的事实。',
  'plan.characters': '字符数',
  'plan.flags': '可能导致申诉被拒的措辞',
  'plan.flag.apology': '没有事实的道歉：请改为说明原因、数量和订单编号。',
  'plan.flag.blameCarrier':
    '归咎于物流服务商：亚马逊认为责任在卖家；请写明您改进了哪项制度（亚马逊购买配送、物流跟踪、处理时间）。',
  'plan.flag.blameNamedCarrier': '归咎于物流服务商：亚马逊认为责任在卖家；请写明您改进了哪项制度。',
  'plan.flag.blameBuyer': '归咎于买家：亚马逊会拒绝归咎买家的行动计划；请说明您做了哪些改变。',
  'plan.flag.blameAmazon': '归咎于亚马逊：质疑指标而不解决原因的行动计划会被拒绝。',
  'plan.flag.deflect': '推卸责任：请承认原因，并说明解决办法。',
  'plan.flag.promise':
    '这是承诺，而不是制度：请描述现已实施的检查或流程（做什么、由谁做、多久一次）。',
  'plan.flag.emotive': '情绪化措辞：卖家绩效团队只看事实；请只写原因、措施和检查。',

  'outlook.missedTarget':
    '{channel} 订单缺陷率 {rate} 未达标（目标：低于 {target}；{orders} 个订单中有 {defective} 个缺陷订单，统计周期{range}）；还需 {needed} 个无缺陷订单才能达标{then}。',
  'outlook.backUnderOn': '；按当前销量，预计于{date}恢复达标',
  'outlook.notBackWithin60': '；按当前销量，60天内无法恢复达标',
};
