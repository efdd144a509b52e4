/**
 * The sidebar's appeal helpers (issue 13): feedback Amazon may remove, the products behind the
 * defects, what is left to fill in before the letter can be sent, the highlight button that says
 * what it colours, dates after the window's end said relative to it, and the Help text built from
 * the one list of custom functions. Removal is Amazon's decision: every text says "may".
 */
export const SIDEBAR_APPEAL_EN = {
  'appeal.days.one': '1 day',
  'appeal.days.other': '{n} days',
  'appeal.dropOff.leaves': 'Next defect leaves the window on {date}, {days} after the window’s end',
  'appeal.dropOff.left': 'Next defect left the window on {date}, {days} after the window’s end',
  'appeal.backUnder.later':
    'Back under 1% on {date} at the current volume, {days} after the window’s end',
  'appeal.backUnder.past':
    'At that volume it would have been back under 1% on {date}, {days} after the window’s end',
  'appeal.defect.left': 'Left the window {date}',

  'appeal.highlight.all.one': 'Highlight 1 defect order',
  'appeal.highlight.all.other': 'Highlight {n} defect orders',
  'appeal.highlight.shown.one': 'Highlight 1 shown order',
  'appeal.highlight.shown.other': 'Highlight {n} shown orders',
  'appeal.highlight.clearEdited': 'Clear edited rows too',

  'appeal.removal.heading': 'Feedback Amazon may remove',
  'appeal.removal.intro':
    'Amazon may remove negative feedback that breaks its rules, and each one removed takes a defect out of your Order Defect Rate. Amazon decides; ask in Seller Central within 90 days of the feedback.',
  'appeal.removal.none': 'No negative feedback in the window looks removable under Amazon’s rules.',
  'appeal.removal.ifAll.one':
    'If Amazon removed it, {channel} Order Defect Rate would be {rate} (now {now}).',
  'appeal.removal.ifAll.other':
    'If Amazon removed all {n}, {channel} Order Defect Rate would be {rate} (now {now}).',
  'appeal.removal.passedNote.one':
    '1 is past its 90 days: Amazon no longer takes that request, so the rate above leaves it in.',
  'appeal.removal.passedNote.other':
    '{n} are past their 90 days: Amazon no longer takes those requests, so the rates above leave them in.',
  'appeal.removal.reason.personalInfo':
    'Why it may go: it contains personal information (an e-mail address or phone number)',
  'appeal.removal.reason.obscene': 'Why it may go: it contains obscene language',
  'appeal.removal.reason.fbaDelivery':
    'Why it may go: a Fulfilled by Amazon order, and it is about the delivery, which Amazon handles',
  'appeal.removal.reason.productReview': 'Why it may go: it is entirely a product review',
  'appeal.removal.requestBy': 'Request removal by {date}',
  'appeal.removal.passed': 'The 90 days to request removal ended on {date}',
  'appeal.removal.noDate': 'Feedback date unknown: request removal soon',
  'appeal.removal.select': 'Select the feedback’s row in {sheet}',

  'appeal.products.heading': 'Products behind the defects',
  'appeal.products.average': '{channel} · your average {rate}',
  'appeal.products.counts': '{defective} of {orders} orders with defects',
  'appeal.products.rate': 'Defect rate {rate}',
  'appeal.products.times': '{times}× your average',
  'appeal.products.notAbove': 'not above your average',
  'appeal.products.complaint': 'Main complaint: {category}',
  'appeal.products.noSku': '(no SKU)',
  'appeal.products.none': 'No orders with defects in this channel.',
  'appeal.products.noColumns':
    'Add a SKU or ASIN column to the orders (the All Orders report has both) to see which products the defects come from.',
  'appeal.products.more': 'The {n} products with the most orders with defects are listed.',

  'appeal.ready.yes': 'The letter in {sheet} is ready to send.',
  'appeal.ready.gaps.one': '1 thing to fill in before sending:',
  'appeal.ready.gaps.other': '{n} things to fill in before sending:',
  'appeal.ready.preparation':
    'No channel misses the target: the plan is prepared in advance, for the worse channel.',
  'appeal.ready.letter.one': 'Letter: {characters} characters, 1 phrase to reword',
  'appeal.ready.letter.other': 'Letter: {characters} characters, {flags} phrases to reword',

  'help.intro':
    'ODR Guard recomputes your Order Defect Rate from the Orders and Defects sheets by Amazon’s rules.',
  'help.dashboard':
    'Open ODR dashboard: Order Defect Rate per channel, the defect orders, the products behind them, feedback Amazon may remove, and the appeal checklist.',
  'help.highlight':
    'Highlight defect orders: colours their rows (Clear highlights restores the old colours).',
  'help.plan': 'Write action plan: a plan-of-action sheet built from your own defects.',
  'help.import':
    'Import Amazon reports: All Orders, Feedback, the ODR download, claims and chargebacks.',
  'help.formulas':
    'Formulas ({n}), for example {example} on the sample data. Defects come from the Defects sheet (second argument) or from defect columns in the orders:',
  'help.function': '{name}: {summary}',
  'help.fn.ODR': 'the Order Defect Rate over the 60-day window',
  'help.fn.ODR_BREAKDOWN': 'Order Defect Rate per channel, with its counts and status',
  'help.fn.ODR_DEFECTS': 'the orders with defects, and the day each leaves the window',
  'help.fn.ODR_ORDERS_NEEDED': 'defect-free orders needed to get under the target',
  'help.fn.ODR_FORECAST': 'the rate day by day as old orders leave the window',
  'help.fn.ODR_CHECK': 'findings about your data (skipped rows, unknown statuses…)',
  'help.fn.ODR_ROOT_CAUSES': 'orders with defects per complaint category',
  'help.fn.ODR_BY_PRODUCT': 'orders with defects per product (SKU)',

  'sample.again':
    'Sheets {existing} already exist and were not changed. The sample was added as new sheets {orders} and {defects}; the dashboard still reads {existing} — choose the new sheets under Data used to see the sample.',
} as const;

export const SIDEBAR_APPEAL_ZH: Record<keyof typeof SIDEBAR_APPEAL_EN, string> = {
  'appeal.days.one': '1天',
  'appeal.days.other': '{n}天',
  'appeal.dropOff.leaves': '下一个缺陷订单将于{date}移出统计周期，即统计周期结束后{days}',
  'appeal.dropOff.left': '下一个缺陷订单已于{date}移出统计周期，即统计周期结束后{days}',
  'appeal.backUnder.later': '按当前订单量，将于{date}重新达标（低于1%），即统计周期结束后{days}',
  'appeal.backUnder.past': '按当时的订单量，本应于{date}重新达标（低于1%），即统计周期结束后{days}',
  'appeal.defect.left': '已于{date}移出统计周期',

  'appeal.highlight.all.one': '高亮1个缺陷订单',
  'appeal.highlight.all.other': '高亮{n}个缺陷订单',
  'appeal.highlight.shown.one': '高亮显示的1个订单',
  'appeal.highlight.shown.other': '高亮显示的{n}个订单',
  'appeal.highlight.clearEdited': '同时清除已编辑的行',

  'appeal.removal.heading': '亚马逊可能移除的负面反馈',
  'appeal.removal.intro':
    '违反亚马逊规定的负面反馈可能会被亚马逊移除，每移除一条，订单缺陷率中就少一个缺陷。是否移除由亚马逊决定；请在反馈后90天内在卖家平台提出申请。',
  'appeal.removal.none': '统计周期内没有看起来符合亚马逊移除规定的负面反馈。',
  'appeal.removal.ifAll.one':
    '如果亚马逊移除这条负面反馈，{channel}订单缺陷率将为{rate}（目前为{now}）。',
  'appeal.removal.ifAll.other':
    '如果亚马逊移除全部{n}条负面反馈，{channel}订单缺陷率将为{rate}（目前为{now}）。',
  'appeal.removal.passedNote.one':
    '有1条已超过90天：亚马逊不再受理该申请，因此上面的比率仍将其计算在内。',
  'appeal.removal.passedNote.other':
    '有{n}条已超过90天：亚马逊不再受理这些申请，因此上面的比率仍将其计算在内。',
  'appeal.removal.reason.personalInfo': '可能移除的原因：包含个人信息（电子邮件地址或电话号码）',
  'appeal.removal.reason.obscene': '可能移除的原因：包含不雅用语',
  'appeal.removal.reason.fbaDelivery':
    '可能移除的原因：亚马逊配送订单，且内容涉及由亚马逊负责的配送',
  'appeal.removal.reason.productReview': '可能移除的原因：内容完全是商品评论',
  'appeal.removal.requestBy': '请在{date}前申请移除',
  'appeal.removal.passed': '申请移除的90天期限已于{date}结束',
  'appeal.removal.noDate': '反馈日期未知：请尽快申请移除',
  'appeal.removal.select': '在“{sheet}”中选中该反馈所在行',

  'appeal.products.heading': '造成缺陷的商品',
  'appeal.products.average': '{channel}·您的平均值{rate}',
  'appeal.products.counts': '{orders}个订单中有{defective}个缺陷订单',
  'appeal.products.rate': '缺陷率{rate}',
  'appeal.products.times': '是您平均值的{times}倍',
  'appeal.products.notAbove': '不高于您的平均值',
  'appeal.products.complaint': '主要投诉：{category}',
  'appeal.products.noSku': '（无 SKU）',
  'appeal.products.none': '此配送渠道没有缺陷订单。',
  'appeal.products.noColumns':
    '在订单中添加 SKU 或 ASIN 列（“所有订单”报告两者都有），即可查看缺陷来自哪些商品。',
  'appeal.products.more': '列出缺陷订单最多的{n}个商品。',

  'appeal.ready.yes': '“{sheet}”中的申诉信已可发送。',
  'appeal.ready.gaps.one': '发送前还有1项需要填写：',
  'appeal.ready.gaps.other': '发送前还有{n}项需要填写：',
  'appeal.ready.preparation': '没有配送渠道未达标：行动计划按较差的配送渠道提前准备。',
  'appeal.ready.letter.one': '申诉信：{characters}个字符，1处措辞需要修改',
  'appeal.ready.letter.other': '申诉信：{characters}个字符，{flags}处措辞需要修改',

  'help.intro': 'ODR Guard 按亚马逊的规则，根据 Orders 和 Defects 工作表重新计算您的订单缺陷率。',
  'help.dashboard':
    '打开 ODR 仪表板：各配送渠道的订单缺陷率、缺陷订单、造成缺陷的商品、亚马逊可能移除的负面反馈，以及申诉清单。',
  'help.highlight': '高亮缺陷订单：为其所在行着色（“清除高亮”会恢复原来的颜色）。',
  'help.plan': '生成行动计划：根据您自己的缺陷订单生成行动计划工作表。',
  'help.import':
    '导入亚马逊报告：所有订单报告、反馈报告、ODR 下载文件、亚马逊商城交易保障索赔和信用卡拒付索赔列表。',
  'help.formulas':
    '公式（{n}个），例如示例数据上的{example}。缺陷来自 Defects 工作表（第二个参数）或订单中的缺陷列：',
  'help.function': '{name}：{summary}',
  'help.fn.ODR': '60天统计周期内的订单缺陷率',
  'help.fn.ODR_BREAKDOWN': '各配送渠道的订单缺陷率，含订单数和状态',
  'help.fn.ODR_DEFECTS': '缺陷订单，以及每个订单移出统计周期的日期',
  'help.fn.ODR_ORDERS_NEEDED': '达标所需的无缺陷订单数',
  'help.fn.ODR_FORECAST': '随旧订单移出统计周期，每天的比率',
  'help.fn.ODR_CHECK': '关于数据的提示（跳过的行、无法识别的状态…）',
  'help.fn.ODR_ROOT_CAUSES': '按投诉类别统计的缺陷订单',
  'help.fn.ODR_BY_PRODUCT': '按商品（SKU）统计的缺陷订单',

  'sample.again':
    '工作表“{existing}”已存在，未作改动。示例数据已添加为新工作表“{orders}”和“{defects}”；仪表板仍读取“{existing}”——请在“使用的数据”中选择新工作表以查看示例。',
};
