/** Menu, alerts and server-side messages. */
export const MENU_EN = {
  'menu.openDashboard': 'Open ODR dashboard',
  'menu.highlight': 'Highlight defect orders',
  'menu.clearHighlights': 'Clear highlights',
  'menu.writePlan': 'Write action plan',
  'menu.import': 'Import Amazon reports…',
  'menu.insertSample': 'Insert sample data',
  'menu.help': 'Help',
  'sidebar.title': 'ODR Guard',
  'help.title': 'ODR Guard help',
  'sample.created': 'Sample data added: sheets {orders} and {defects}.',
  'sample.exists':
    'Sheets named {name} already exist; the sample was written to {orders} and {defects} instead.',
  'highlight.done': '{rows} rows of {orders} defect orders highlighted in {sheet}.',
  'highlight.none': 'No defect orders in the window: nothing to highlight.',
  'highlight.tooMany':
    '{rows} rows are too many to highlight reversibly (the add-on can remember up to {max}). Narrow the data first.',
  'clear.done': '{rows} rows restored to their previous colours.',
  'clear.skipped':
    '{rows} rows restored to their previous colours. {skipped} rows were left as they are because they were edited or recoloured since.',
  'clear.nothing': 'No highlights to clear.',
  'data.noOrders':
    'No orders sheet found. Name a sheet "Orders" (order id and purchase date columns), use Insert sample data, or Import Amazon reports.',
  'data.sheetMissing': 'Sheet "{name}" no longer exists; choose another in the dashboard.',
  'data.noDefectSource':
    'No defects were read: no sheet holds a defects list (an order-id column with Type, Rating or Status) and the orders have no defect columns, so every order counts as good. Import the Feedback, A-to-z claims and Chargebacks reports, or choose the defects sheet under "{sources}".',
  'state.resetSettings': 'The saved settings could not be read and were reset.',
  'state.resetChecklist': 'The saved checklist could not be read and was reset.',
  'plan.written':
    'Plan of action written to sheet "{sheet}" with {sections} complaint categories. Fill in the shaded cells, then run Write action plan again: your findings and actions go into the letter.',
  'plan.written.one':
    'Plan of action written to sheet "{sheet}" with 1 complaint category. Fill in the shaded cells, then run Write action plan again: your findings and actions go into the letter.',
  'lock.busy':
    'Another ODR Guard command is still running in this spreadsheet. Try again in a moment.',
  'dashboard.emptyWindow':
    'No orders in the 60-day window {window}. Check the window end date (as of).',
  'dashboard.badAsOf': '"{value}" is not a date like 2024-01-14.',
  'dashboard.rowMissing': 'Row {row} is not in sheet "{sheet}"; refresh the dashboard.',
  'data.noOrderIdColumn':
    'Sheet "{sheet}" has no order-id column in its first {rows} rows. Include the header row, and name the column one of {headers}.',
  'data.noPurchaseDate':
    'Sheet "{sheet}" has no purchase-date column. Add the order date column, named one of {headers}.',
  'data.defectsUnrecognised':
    'Sheet "{sheet}" is not recognised as a Feedback report, a defect list or the ODR download: it needs an order-id column and a type, rating or defect column (negative feedback, A-to-z claim or chargeback). Choose another defects sheet under Data used, or none.',
  'data.unreadable': 'The data could not be read: {error}',
  'toast.title': 'ODR Guard',
} as const;

export const MENU_ZH: Record<keyof typeof MENU_EN, string> = {
  'menu.openDashboard': '打开 ODR 仪表板',
  'menu.highlight': '高亮缺陷订单',
  'menu.clearHighlights': '清除高亮',
  'menu.writePlan': '生成行动计划',
  'menu.import': '导入亚马逊报告…',
  'menu.insertSample': '插入示例数据',
  'menu.help': '帮助',
  'sidebar.title': 'ODR Guard 订单缺陷率',
  'help.title': 'ODR Guard 帮助',
  'sample.created': '已添加示例数据：工作表“{orders}”和“{defects}”。',
  'sample.exists': '已存在名为“{name}”的工作表，未作改动；示例数据已写入“{orders}”和“{defects}”。',
  'highlight.done': '已在“{sheet}”中高亮{orders}个缺陷订单的{rows}行。',
  'highlight.none': '统计周期内没有缺陷订单，无需高亮。',
  'highlight.tooMany': '{rows}行过多，无法可逆地高亮（最多可记录{max}行）。请先缩小数据范围。',
  'clear.done': '已将{rows}行恢复为原来的颜色。',
  'clear.skipped':
    '已将{rows}行恢复为原来的颜色。有{skipped}行在高亮后被编辑或重新着色，已保持原样。',
  'clear.nothing': '没有需要清除的高亮。',
  'data.noOrders':
    '未找到订单工作表。请将工作表命名为“Orders”（包含订单编号和下单日期列），或使用“插入示例数据”或“导入亚马逊报告”。',
  'data.sheetMissing': '工作表“{name}”已不存在，请在仪表板中重新选择。',
  'data.noDefectSource':
    '未读取到任何缺陷：没有工作表包含缺陷列表（订单编号列以及Type、Rating或Status列），订单中也没有缺陷列，因此所有订单都按无缺陷计算。请导入反馈、亚马逊商城交易保障索赔和信用卡拒付索赔报告，或在“{sources}”中选择缺陷工作表。',
  'state.resetSettings': '保存的设置无法读取，已重置。',
  'state.resetChecklist': '保存的申诉清单无法读取，已重置。',
  'plan.written':
    '行动计划已写入工作表“{sheet}”，共{sections}个投诉类别。请填写带底色的单元格，然后再次运行“生成行动计划”：您的结论和措施会写入申诉信。',
  'plan.written.one':
    '行动计划已写入工作表“{sheet}”，共1个投诉类别。请填写带底色的单元格，然后再次运行“生成行动计划”：您的结论和措施会写入申诉信。',
  'lock.busy': '此电子表格中另一个 ODR Guard 命令仍在运行，请稍后再试。',
  'dashboard.emptyWindow': '60天统计周期（{window}）内没有订单。请检查统计周期的截止日期。',
  'dashboard.badAsOf': '“{value}”不是有效日期（格式如2024-01-14）。',
  'dashboard.rowMissing': '工作表“{sheet}”中没有第{row}行，请刷新仪表板。',
  'data.noOrderIdColumn':
    '工作表“{sheet}”的前{rows}行中没有订单编号列。请包含标题行，并将该列命名为以下之一：{headers}。',
  'data.noPurchaseDate':
    '工作表“{sheet}”中没有下单日期列。请添加该列，并命名为以下之一：{headers}。',
  'data.defectsUnrecognised':
    '无法将工作表“{sheet}”识别为反馈报告、缺陷列表或 ODR 下载文件：它需要一个订单编号列，以及类型列、评分列或缺陷列（负面反馈、亚马逊商城交易保障索赔或信用卡拒付索赔）。请在“使用的数据”中选择其他缺陷工作表，或不选。',
  'data.unreadable': '无法读取数据：{error}',
  'toast.title': 'ODR Guard',
};
