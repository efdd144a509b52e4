/** ODR_CHECK's findings. ODR_CHECK itself answers in English; the sidebar shows them localised. */
export const FINDINGS_EN = {
  'finding.noOrderId': 'Skipped: no order id.',
  'finding.badPurchaseDate':
    'Skipped: purchase date in column "{header}" could not be read as a date.',
  'finding.badChannel':
    'Skipped: fulfilment channel "{value}" not recognised (use Amazon/AFN/FBA or Merchant/MFN/FBM).',
  'finding.conflictingRows':
    "Rows of one order disagree on purchase date or channel; the order's first row was used.",
  'finding.badType':
    'Skipped: defect type "{value}" not recognised (use negative feedback, A-to-z claim or chargeback).',
  'finding.badRating': 'Skipped: rating "{value}" is not 1–5 stars.',
  'finding.notDefect': 'Feedback rated 3–5 stars is not a defect and was not counted.',
  'finding.excluded': 'Not counted: {why}.',
  'finding.unknownStatus':
    'Status "{status}" not recognised: counted as a defect (only denied, withdrawn, Amazon-funded, reversed, fraud or removed ones are not).',
  'finding.unknownOrder':
    'Order {orderId} is not in the orders range, so its defect cannot be placed in the window and is not counted.',
  'finding.dateRead': 'Column "{header}": numeric dates read as {order}.',
  'finding.dateAssumed':
    'Column "{header}": numeric dates assumed {order}: {count} value(s) read either way and {order} puts the dates closest together.',
  'finding.duplicates': 'repeat an earlier row exactly; counted once.',
  'finding.where': '{table} row {rows}',
  'finding.wherePlural': '{table} rows {rows}',
  'finding.andMore': '{rows} and {more} more',
  'finding.tableOrders': 'orders',
  'finding.tableDefects': 'defects',
  'finding.orderMDY': 'month/day/year',
  'finding.orderDMY': 'day/month/year',
  'finding.orderYMD': 'year/month/day',
  'finding.channels': ' (MFN {mfn}, AFN {afn})',
  'finding.noChannel': ' (no channel column: one rate for all orders)',
  'finding.latest': '; latest purchase date {date}',
  'finding.summary':
    '{rows} order rows = {orders} orders{channels}{latest}; {records} defect records, {counted} counted.',
  'finding.ok': 'OK: {summary}',
  'finding.toLook': '{count} finding to look at below. {summary}',
  'finding.toLookPlural': '{count} findings to look at below. {summary}',
  'finding.futureDate':
    'Purchase date {date} is after today ({today}): probably a typo in the year. The default window end (as_of) leaves it out; correct the date.',
  'finding.orderDateUnreadable':
    'Order {orderId} is in the orders range, but its purchase date (orders row {row}) could not be read, so its defect cannot be placed in the window and is not counted. Correct that date.',
  'finding.orderChannelUnreadable':
    'Order {orderId} is in the orders range, but its fulfilment channel (orders row {row}) could not be read, so its defect is not counted. Correct the channel.',
  'finding.cancelled':
    'Window {from} to {to}: {count} of its {orders} orders are cancelled. They stay in the order count, as Amazon counts every order placed.',
} as const;

export const FINDINGS_ZH: Record<keyof typeof FINDINGS_EN, string> = {
  'finding.noOrderId': '已跳过：没有订单编号。',
  'finding.badPurchaseDate': '已跳过：“{header}”列中的下单日期无法识别为日期。',
  'finding.badChannel':
    '已跳过：无法识别配送渠道“{value}”（请使用 Amazon/AFN/FBA 或 Merchant/MFN/FBM）。',
  'finding.conflictingRows': '同一订单的多行下单日期或配送渠道不一致；已采用该订单的第一行。',
  'finding.badType':
    '已跳过：无法识别缺陷类型“{value}”（请使用负面反馈、亚马逊商城交易保障索赔或信用卡拒付索赔）。',
  'finding.badRating': '已跳过：评分“{value}”不是1–5星。',
  'finding.notDefect': '3–5星的反馈不属于缺陷，未计入。',
  'finding.excluded': '未计入：{why}。',
  'finding.unknownStatus':
    '无法识别状态“{status}”：已按缺陷计入（只有已拒绝、已撤回、亚马逊承担、已撤销、欺诈或已移除的不计入）。',
  'finding.unknownOrder': '订单{orderId}不在订单范围内，无法放入统计周期，未计入。',
  'finding.dateRead': '“{header}”列：数字日期按{order}读取。',
  'finding.dateAssumed':
    '“{header}”列：数字日期假定为{order}：有{count}个值两种读法都成立，按{order}读取时日期最集中。',
  'finding.duplicates': '与前面的某一行完全相同；只计一次。',
  'finding.where': '{table}第{rows}行',
  'finding.wherePlural': '{table}第{rows}行',
  'finding.andMore': '{rows}及另外{more}行',
  'finding.tableOrders': '订单表',
  'finding.tableDefects': '缺陷表',
  'finding.orderMDY': '月/日/年',
  'finding.orderDMY': '日/月/年',
  'finding.orderYMD': '年/月/日',
  'finding.channels': '（MFN {mfn}，AFN {afn}）',
  'finding.noChannel': '（没有配送渠道列：所有订单按一个比率计算）',
  'finding.latest': '；最近下单日期为{date}',
  'finding.summary':
    '{rows}行订单，共{orders}个订单{channels}{latest}；{records}条缺陷记录，其中{counted}条计入。',
  'finding.ok': '正常：{summary}',
  'finding.toLook': '下面有{count}条提示需要查看。{summary}',
  'finding.toLookPlural': '下面有{count}条提示需要查看。{summary}',
  'finding.futureDate':
    '下单日期{date}晚于今天（{today}）：可能是年份输错了。默认的统计周期结束日（as_of）不采用该日期；请更正。',
  'finding.orderDateUnreadable':
    '订单{orderId}在订单范围内，但其下单日期（订单表第{row}行）无法识别，因此其缺陷无法放入统计周期，未计入。请更正该日期。',
  'finding.orderChannelUnreadable':
    '订单{orderId}在订单范围内，但其配送渠道（订单表第{row}行）无法识别，因此其缺陷未计入。请更正配送渠道。',
  'finding.cancelled':
    '统计周期{from}至{to}：其{orders}个订单中有{count}个已取消。它们仍计入订单数，因为亚马逊统计所有已下的订单。',
};
