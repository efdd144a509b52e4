/**
 * "Check this spreadsheet" (issue 14): the menu item, the dialog and its report. The report is
 * meant to be copied to the developers, so each line says what was checked, what came back and
 * what ODR Guard does when the check fails.
 */
export const SELF_CHECK_EN = {
  'selfCheck.menu': 'Check this spreadsheet',
  'selfCheck.title': 'ODR Guard: spreadsheet check',
  'selfCheck.intro':
    'ODR Guard wrote test values on a temporary hidden sheet, read them back and removed the sheet. Copy this report if something failed.',
  'selfCheck.copy': 'Copy report',
  'selfCheck.copied': 'Copied.',
  'selfCheck.close': 'Close',
  'selfCheck.heading': 'ODR Guard spreadsheet check, {time} (time zone {zone}, locale {locale})',
  'selfCheck.summary.ok': 'All {count} checks passed.',
  'selfCheck.summary.problems': '{failed} of {count} checks failed.',
  'selfCheck.status.ok': 'OK',
  'selfCheck.status.failed': 'FAILED',
  'selfCheck.status.warning': 'WARNING',
  'selfCheck.line': '[{status}] {detail}',
  'selfCheck.ifFailed': '  → {action}',
  'selfCheck.plainText.ok':
    'Plain-text cells keep text as typed: {items} read back unchanged, no formula.',
  'selfCheck.plainText.failed': 'Plain-text cells changed text: {items}.',
  'selfCheck.plainText.action':
    'ODR Guard writes text into plain-text cells. In this spreadsheet it now writes text with an apostrophe prefix instead (the fallback below), so nothing turns into a number, a date or a formula.',
  'selfCheck.apostrophe.ok':
    'An apostrophe prefix keeps text as typed (the fallback): {items} read back unchanged.',
  'selfCheck.apostrophe.failed': 'An apostrophe prefix changed text: {items}.',
  'selfCheck.apostrophe.action':
    'The fallback does not work here either. Do not import reports or write a plan of action into this spreadsheet until a fixed version is installed: send this report to the developers.',
  'selfCheck.apostrophe.notNeeded':
    'Only needed when plain-text cells fail; ODR Guard keeps using plain-text cells.',
  'selfCheck.change': '{written} came back as {got}',
  'selfCheck.got.formula': 'the formula {formula}',
  'selfCheck.got.number': 'the number {value}',
  'selfCheck.got.boolean': 'the value {value}',
  'selfCheck.got.date': 'the date {value}',
  'selfCheck.got.text': 'the text {value}',
  'selfCheck.got.empty': 'an empty cell',
  'selfCheck.dates.ok':
    'Dates: {items} read back as midnight in the spreadsheet’s time zone, and written dates show the same day.',
  'selfCheck.dates.failed': 'Dates are shifted: {items}.',
  'selfCheck.dates.readProblem': '{day} typed in reads as {got}',
  'selfCheck.dates.writeProblem': '{day} written shows as {got}',
  'selfCheck.dates.action':
    'Formulas may count an order on the neighbouring day near the 60-day window’s ends. Format the date columns of Orders and Defects as plain text with dates written YYYY-MM-DD: ODR Guard reads those without any time zone.',
  'selfCheck.properties.ok':
    'Stored settings: {used} of {limit} used; largest value {largest} of {valueLimit}.',
  'selfCheck.properties.warning':
    'Stored settings are close to the limit: {used} of {limit} used; largest value {largest} of {valueLimit}.',
  'selfCheck.properties.action':
    'ODR Guard keeps the dashboard settings, the appeal checklist and the highlight memory in this spreadsheet’s document properties. Run Clear highlights to free the highlight memory; when a value does not fit, the command stops with a message.',
  'selfCheck.kilobytes': '{value} KB',
  'selfCheck.crashed': 'The check could not run to the end: {error}',
  'selfCheck.crashed.action':
    'Nothing of yours was changed: the temporary sheet is removed even when a check fails. Send this report to the developers.',
  'selfCheck.sheetRemoved': 'The temporary sheet {sheet} was removed.',
  'selfCheck.sheetNotRemoved':
    'The temporary sheet {sheet} could not be removed ({error}); delete it by hand.',
} as const;

export const SELF_CHECK_ZH: Record<keyof typeof SELF_CHECK_EN, string> = {
  'selfCheck.menu': '检查此电子表格',
  'selfCheck.title': 'ODR Guard：电子表格检查',
  'selfCheck.intro':
    'ODR Guard 在一个临时隐藏工作表上写入测试值，读回后已删除该工作表。如有检查未通过，请复制此报告。',
  'selfCheck.copy': '复制报告',
  'selfCheck.copied': '已复制。',
  'selfCheck.close': '关闭',
  'selfCheck.heading': 'ODR Guard 电子表格检查，{time}（时区{zone}，语言区域{locale}）',
  'selfCheck.summary.ok': '全部{count}项检查通过。',
  'selfCheck.summary.problems': '{count}项检查中有{failed}项未通过。',
  'selfCheck.status.ok': '通过',
  'selfCheck.status.failed': '未通过',
  'selfCheck.status.warning': '注意',
  'selfCheck.line': '[{status}] {detail}',
  'selfCheck.ifFailed': '  → {action}',
  'selfCheck.plainText.ok': '纯文本单元格按原样保留文本：{items}读回后不变，没有变成公式。',
  'selfCheck.plainText.failed': '纯文本单元格改变了文本：{items}。',
  'selfCheck.plainText.action':
    'ODR Guard 将文本写入纯文本单元格。在此电子表格中，它现在改为在文本前加撇号（即下面的备用方式）写入，因此不会有文本变成数字、日期或公式。',
  'selfCheck.apostrophe.ok': '撇号前缀按原样保留文本（备用方式）：{items}读回后不变。',
  'selfCheck.apostrophe.failed': '撇号前缀改变了文本：{items}。',
  'selfCheck.apostrophe.action':
    '备用方式在这里也不起作用。在安装修复版本之前，请不要向此电子表格导入报告或生成行动计划，并将此报告发送给开发人员。',
  'selfCheck.apostrophe.notNeeded': '仅在纯文本单元格失败时需要；ODR Guard 继续使用纯文本单元格。',
  'selfCheck.change': '{written}读回为{got}',
  'selfCheck.got.formula': '公式{formula}',
  'selfCheck.got.number': '数字{value}',
  'selfCheck.got.boolean': '值{value}',
  'selfCheck.got.date': '日期{value}',
  'selfCheck.got.text': '文本{value}',
  'selfCheck.got.empty': '空单元格',
  'selfCheck.dates.ok': '日期：{items}读回为电子表格时区的零点，写入的日期显示为同一天。',
  'selfCheck.dates.failed': '日期发生了偏移：{items}。',
  'selfCheck.dates.readProblem': '输入的{day}读回为{got}',
  'selfCheck.dates.writeProblem': '写入的{day}显示为{got}',
  'selfCheck.dates.action':
    '在60天统计周期的两端，公式可能把订单算到相邻的一天。请将 Orders 和 Defects 的日期列设为纯文本，并按 YYYY-MM-DD 填写日期：ODR Guard 读取这类日期时不受时区影响。',
  'selfCheck.properties.ok':
    '已保存的设置：已用{used}，上限{limit}；最大的一项{largest}，上限{valueLimit}。',
  'selfCheck.properties.warning':
    '已保存的设置接近上限：已用{used}，上限{limit}；最大的一项{largest}，上限{valueLimit}。',
  'selfCheck.properties.action':
    'ODR Guard 将仪表板设置、申诉清单和高亮记录保存在此电子表格的文档属性中。运行“清除高亮”可释放高亮记录；某项保存不下时，命令会停止并给出提示。',
  'selfCheck.kilobytes': '{value} KB',
  'selfCheck.crashed': '检查未能完成：{error}',
  'selfCheck.crashed.action':
    '您的数据没有任何改动：即使检查失败，临时工作表也会被删除。请将此报告发送给开发人员。',
  'selfCheck.sheetRemoved': '临时工作表{sheet}已删除。',
  'selfCheck.sheetNotRemoved': '无法删除临时工作表{sheet}（{error}），请手动删除。',
};
