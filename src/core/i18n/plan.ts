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
    'Send the English letter: Seller Performance reads English. It states only what you filled in above; what is still missing is listed here.',
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

  // Issue 13: the channels argued, the other channel's defects, products, removal, gaps.
  'plan.part.missed': 'The plan for {channel}: target missed',
  'plan.part.preparation': 'The plan for {channel}: prepared in advance',
  'plan.part.other': '{channel} orders: under target, not argued in the letter',
  'plan.focus.missed':
    'The plan and the letter argue {channels}, which missed the target: root causes, corrective actions and preventive measures come from its defective orders only.',
  'plan.focus.preparation':
    'No channel misses the target now. This plan is prepared for {channels}, the channel with the higher rate, so it is ready should an appeal be needed.',
  'plan.focus.none': 'No orders in this window: there is nothing to argue.',
  'plan.other.fba':
    'Amazon fulfils these orders and handles their returns: delivery and packaging complaints on them are Amazon’s to strike through (ask for it), while complaints about the product are still yours.',
  'plan.other.mfn':
    'These seller-fulfilled orders are under target: the letter does not argue them. Record what you did for each order.',
  'plan.fba.notReceived':
    'Amazon delivered these orders: ask Amazon to strike through the negative feedback about delivery (Feedback Manager) and Seller Support to review A-to-z claims about delivery. Nothing to change in your own shipping.',
  'plan.fba.damaged':
    'Damage in Amazon’s warehouse or delivery is Amazon’s: ask for the strike-through. A faulty product is still yours: check the SKU’s stock and supplier.',
  'plan.fba.notAsDescribed':
    'Listing and product complaints are yours on FBA orders too: check the listing and the units sent to FBA.',
  'plan.fba.incomplete':
    'Missing parts are yours on FBA orders too: check what goes into each unit before it is sent to FBA.',
  'plan.fba.returnRefund':
    'Amazon handles returns and refunds of FBA orders: ask Seller Support to review the claim. No return queue of yours is involved.',
  'plan.fba.service':
    'Messages the buyer sent you are yours to answer; complaints about Amazon’s customer service are Amazon’s (ask for the strike-through).',
  'plan.fba.chargeback':
    'Ask Seller Support for Amazon’s proof of delivery and answer the chargeback notice within 7 days.',
  'plan.fba.uncategorised':
    'Read the buyer’s words: delivery or Amazon’s customer service is Amazon’s (ask for the strike-through); the product is yours.',
  'plan.responsibility.amazon': 'Amazon’s to fix',
  'plan.responsibility.seller': 'yours to fix',
  'plan.responsibility.shared': 'check each order',
  'plan.otherHeading': '{label} — {orders} ({who})',
  'plan.fact.products': 'Products behind these orders: {list}.',
  'plan.fact.product':
    '{product} in {orders} of them (defect rate {rate}; all {channel} orders: {average})',
  'plan.fact.productAll':
    '{product} in {orders} of them (defect rate {rate}; all orders: {average})',
  'plan.fact.productsSpread':
    'No product stands out: these {orders} orders involve {products} different products.',
  'plan.basis.seller': 'Your own measure.',
  'plan.removal.guide':
    'Negative feedback Amazon may remove: ask in Feedback Manager within 90 days of the feedback. Amazon decides each request, so the removal is not certain.',
  'plan.removal.line': 'Order {orderId}: {reason}; ask by {date}.',
  'plan.removal.linePassed': 'Order {orderId}: {reason}; the 90 days to ask ended on {date}.',
  'plan.removal.lineNoDate': 'Order {orderId}: {reason}; ask within 90 days of the feedback.',
  'plan.removal.ifRemoved.one':
    'If Amazon removed the {n} negative feedback below that its rules exclude, {channel} Order Defect Rate would be {rate} (now {now}). Amazon decides: not certain.',
  'plan.removal.ifRemoved.other':
    'If Amazon removed all {n} negative feedback below that its rules exclude, {channel} Order Defect Rate would be {rate} (now {now}). Amazon decides: not certain.',
  'plan.removal.ifAll.one':
    'If Amazon removed this negative feedback, {channel} Order Defect Rate would be {rate} (now {now}). Amazon decides: not certain.',
  'plan.removal.ifAll.other':
    'If Amazon removed all {n} negative feedback, {channel} Order Defect Rate would be {rate} (now {now}). Amazon decides: not certain.',
  'plan.removal.reason.personalInfo': 'contains personal information',
  'plan.removal.reason.obscene': 'contains obscene language',
  'plan.removal.reason.fbaDelivery': 'about delivery or Amazon’s customer service on an FBA order',
  'plan.removal.reason.productReview': 'entirely a product review',
  'plan.gaps.title.one': '1 thing to fill in before sending:',
  'plan.gaps.title.other': '{n} things to fill in before sending:',
  'plan.ready': 'Ready to send: nothing left to fill in.',
  'plan.ready.preparation':
    'Nothing left to fill in. No channel misses the target now, so there is nothing to send today: keep this letter for when an appeal is needed.',
  'plan.written.none':
    'Plan of action written to sheet "{sheet}": no defective orders in this window, so there is nothing to explain or fill in.',
  'plan.gap.section': '{channel} · {category}',
  'plan.gap.sectionAll': '{category}',
  'plan.andMore': '{list} and {more} more',
  'plan.gap.finding': '{where}: your finding (why it happened).',
  'plan.gap.actions': '{where}: the action taken for {n} order(s): {ids}.',
  'plan.gap.placeholder': '{where}: the [brackets] in “{item}” (or delete it).',
  'plan.gap.noMeasure': '{where}: at least one preventive measure now in place.',
  'plan.gap.uncategorised':
    '{where}: {n} order(s) with no category ({ids}). Set their category in the defects table’s category column and write the plan again, or write your finding for them.',
  'plan.gap.notEnglish': '{where}: translate into English: {what}.',
  'plan.gap.yourFinding': 'your finding',
  'plan.gap.yourAction': 'the action for order {orderId}',
  'plan.gap.noPlanSheet': 'Write the plan of action, then fill in its shaded cells.',
  'plan.letter.english': 'Send this (English)',
  'plan.letter.translation': 'Chinese version: for your understanding only. Send the English.',
  'plan.record':
    'ODR Guard keeps here which suggestions this plan listed, so a suggestion you delete stays deleted when you write the plan again.',
  'plan.truncated': '…({n} more)',
  'plan.limit.cells':
    'The plan needs {extra} cells and the spreadsheet already holds {inUse}; Google Sheets allows {limit}. Delete unused sheets, rows or columns (older plans too), then write the plan again.',
  'plan.limit.cut':
    '{n} long cell(s) were cut to the 50,000 characters a cell holds, marked “…(n more)”.',

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
    '订单{orderId}：无法识别类别“{value}”，已按关键词归类（{category}）。',
  'plan.warning.unknownOrders':
    '有{n}条缺陷记录对应的订单不在订单范围内，已排除；运行 =ODR_CHECK 可查看是哪些。',

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
  'plan.sectionHeading': '{label} — {orders}个订单（{share}）',
  'plan.rootCause': '根本原因',
  'plan.fact.share': '在{total}个缺陷订单中占{orders}个（{share}），下单日期为{range}。',
  'plan.fact.defectTypes': '缺陷类型：{list}。',
  'plan.fact.themes': '买家评论和索赔原因中的主题：{list}。',
  'plan.fact.reasons': '给出的原因：{list}。',
  'plan.fact.overrides': '其中{n}个订单的类别由卖家指定。',
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
  'plan.typeCount.negativeFeedback': '负面反馈{n}条',
  'plan.typeCount.atoz.one': '亚马逊商城交易保障索赔{n}起',
  'plan.typeCount.atoz.other': '亚马逊商城交易保障索赔{n}起',
  'plan.typeCount.chargeback.one': '信用卡拒付索赔{n}起',
  'plan.typeCount.chargeback.other': '信用卡拒付索赔{n}起',
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
    '请发送英文版申诉信（卖家绩效团队阅读英文）。申诉信只写入您在上方填写的内容；尚缺的内容列在这里。',
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

  'plan.part.missed': '{channel}的行动计划：未达标',
  'plan.part.preparation': '{channel}的行动计划：提前准备',
  'plan.part.other': '{channel}订单：达标，申诉信中不涉及',
  'plan.focus.missed':
    '行动计划和申诉信只针对未达标的{channels}：根本原因、纠正措施和预防措施只来自它的缺陷订单。',
  'plan.focus.preparation':
    '目前所有配送渠道都达标。本行动计划为订单缺陷率较高的{channels}提前准备，以便需要申诉时可以直接使用。',
  'plan.focus.none': '本统计周期内没有订单，无需申诉。',
  'plan.other.fba':
    '这些订单由亚马逊配送并处理退货：其中与配送和包装有关的投诉由亚马逊负责划除（请提出申请），与商品本身有关的投诉仍是您的责任。',
  'plan.other.mfn': '这些卖家自配送订单已达标，申诉信中不涉及。请记录您为每个订单所做的处理。',
  'plan.fba.notReceived':
    '这些订单由亚马逊送达：请亚马逊划除与配送有关的负面反馈（反馈管理器），并请卖家支持审核与配送有关的亚马逊商城交易保障索赔。您自己的发货流程无需改动。',
  'plan.fba.damaged':
    '在亚马逊仓库或配送途中造成的损坏属于亚马逊的责任：请申请划除。商品本身有问题仍是您的责任：请检查该 SKU 的库存和供应商。',
  'plan.fba.notAsDescribed':
    '商品详情页和商品本身的投诉在亚马逊配送订单上也是您的责任：请检查商品详情页和发往亚马逊配送的商品。',
  'plan.fba.incomplete':
    '缺少配件在亚马逊配送订单上也是您的责任：请检查每件商品发往亚马逊配送前的包装内容。',
  'plan.fba.returnRefund':
    '亚马逊配送订单的退货和退款由亚马逊处理：请卖家支持审核该索赔。与您自己的退货处理无关。',
  'plan.fba.service':
    '买家发给您的消息由您回复；对亚马逊客服的投诉属于亚马逊的责任（请申请划除）。',
  'plan.fba.chargeback': '请向卖家支持索取亚马逊的妥投证明，并在7天内回复信用卡拒付索赔通知。',
  'plan.fba.uncategorised':
    '请阅读买家的原话：与配送或亚马逊客服有关的属于亚马逊的责任（请申请划除）；与商品有关的属于您的责任。',
  'plan.responsibility.amazon': '亚马逊负责',
  'plan.responsibility.seller': '您负责',
  'plan.responsibility.shared': '请逐单核对',
  'plan.otherHeading': '{label} — {orders}个订单（{who}）',
  'plan.fact.products': '这些订单涉及的商品：{list}。',
  'plan.fact.product': '{product}占其中{orders}个（缺陷率{rate}；{channel}全部订单：{average}）',
  'plan.fact.productAll': '{product}占其中{orders}个（缺陷率{rate}；全部订单：{average}）',
  'plan.fact.productsSpread': '没有突出的商品：这{orders}个订单涉及{products}种不同的商品。',
  'plan.basis.seller': '您自己的措施。',
  'plan.removal.guide':
    '亚马逊可能移除的负面反馈：请在反馈留下后90天内通过反馈管理器申请。每项申请由亚马逊决定，移除并不确定。',
  'plan.removal.line': '订单{orderId}：{reason}；请在{date}前申请。',
  'plan.removal.linePassed': '订单{orderId}：{reason}；申请期限已于{date}结束。',
  'plan.removal.lineNoDate': '订单{orderId}：{reason}；请在反馈留下后90天内申请。',
  'plan.removal.ifRemoved.one':
    '如果亚马逊移除下列{n}条按其规则不应保留的负面反馈，{channel}订单缺陷率将为{rate}（目前为{now}）。由亚马逊决定，并不确定。',
  'plan.removal.ifRemoved.other':
    '如果亚马逊移除下列全部{n}条按其规则不应保留的负面反馈，{channel}订单缺陷率将为{rate}（目前为{now}）。由亚马逊决定，并不确定。',
  'plan.removal.ifAll.one':
    '如果亚马逊移除这条负面反馈，{channel}订单缺陷率将为{rate}（目前为{now}）。由亚马逊决定，并不确定。',
  'plan.removal.ifAll.other':
    '如果亚马逊移除全部{n}条负面反馈，{channel}订单缺陷率将为{rate}（目前为{now}）。由亚马逊决定，并不确定。',
  'plan.removal.reason.personalInfo': '包含个人信息',
  'plan.removal.reason.obscene': '包含不雅用语',
  'plan.removal.reason.fbaDelivery': '亚马逊配送订单上关于配送或亚马逊客服的反馈',
  'plan.removal.reason.productReview': '完全是商品评论',
  'plan.gaps.title.one': '发送前还需填写1项：',
  'plan.gaps.title.other': '发送前还需填写{n}项：',
  'plan.ready': '可以发送：没有需要填写的内容了。',
  'plan.ready.preparation':
    '没有需要填写的内容了。目前没有配送渠道未达标，现在无需发送：请保留此申诉信，需要申诉时再使用。',
  'plan.written.none':
    '行动计划已写入工作表“{sheet}”：本统计周期内没有缺陷订单，无需说明或填写任何内容。',
  'plan.gap.section': '{channel} · {category}',
  'plan.gap.sectionAll': '{category}',
  'plan.andMore': '{list}等，另有{more}个',
  'plan.gap.finding': '{where}：您的结论（问题为何发生）。',
  'plan.gap.actions': '{where}：{n}个订单已采取的措施：{ids}。',
  'plan.gap.placeholder': '{where}：“{item}”中的[方括号]（或删除该项）。',
  'plan.gap.noMeasure': '{where}：至少一项已实施的预防措施。',
  'plan.gap.uncategorised':
    '{where}：{n}个订单没有类别（{ids}）。请在缺陷表的类别列中填写类别后重新生成行动计划，或为它们填写您的结论。',
  'plan.gap.notEnglish': '{where}：请翻译成英文：{what}。',
  'plan.gap.yourFinding': '您的结论',
  'plan.gap.yourAction': '订单{orderId}的措施',
  'plan.gap.noPlanSheet': '请先生成行动计划，然后填写其中带底色的单元格。',
  'plan.letter.english': '发送此版本（英文）',
  'plan.letter.translation': '中文版：仅供理解，请发送英文版。',
  'plan.record':
    'ODR Guard 在此记录本行动计划列出了哪些建议，这样您删除的建议在重新生成行动计划时不会再出现。',
  'plan.truncated': '…（另有{n}个字符）',
  'plan.limit.cells':
    '行动计划需要{extra}个单元格，而电子表格已有{inUse}个；Google 表格最多允许{limit}个。请删除不用的工作表、行或列（包括旧的行动计划），然后重新生成行动计划。',
  'plan.limit.cut':
    '有{n}个过长的单元格已截短到单元格上限50,000个字符，并以“…（另有 n 个字符）”标出。',

  'outlook.missedTarget':
    '{channel}订单缺陷率{rate}未达标（目标：低于{target}；{orders}个订单中有{defective}个缺陷订单，统计周期{range}）；还需{needed}个无缺陷订单才能达标{then}。',
  'outlook.backUnderOn': '；按当前销量，预计于{date}恢复达标',
  'outlook.notBackWithin60': '；按当前销量，60天内无法恢复达标',
};
