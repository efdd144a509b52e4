/** The import dialog, its server messages and Insert blank templates (issue 5). */
export const IMPORT_EN = {
  'menu.insertTemplates': 'Insert blank templates',
  'import.title': 'Import Amazon reports',
  'import.intro':
    'Add your Seller Central downloads: All Orders report, Feedback report, ODR defect download, A-to-z claims or chargebacks lists, or the Account Health report (JSON). Each file is recognised by its column headers.',
  'import.drop': 'Drop report files here',
  'import.or': 'or',
  'import.choose': 'Choose files…',
  'import.remove': 'Remove',
  'import.noFiles': 'No files chosen yet.',
  'import.paste.label': 'Or paste a list (claims, chargebacks, feedback) with its header row:',
  'import.paste.placeholder':
    'Order ID\tStatus\tDate\tReason\tAmount\n111-0000001-0000001\tOpen\t1/28/2024\tItem not received\t24.99',
  'import.pastedName': 'Pasted text',
  'import.pasteKind.label': 'The pasted list is:',
  'import.pasteKind.auto': 'recognised from its headers',
  'import.pasteKind.claims': 'A-to-z claims',
  'import.pasteKind.chargebacks': 'Chargebacks',
  'import.pastedClaims': 'Pasted A-to-z claims',
  'import.pastedChargebacks': 'Pasted chargebacks',
  'import.run': 'Import',
  'import.close': 'Close',
  'import.again': 'Import more',
  'import.reading': 'Reading {file}… {percent}%',
  'import.importing': 'Importing {count} file(s)… Large reports take a few seconds.',
  'import.tooLarge':
    '{file} is {size} MB. Apps Script accepts at most about 45 MB per import; split the report (e.g. by date range) and import the parts one after another.',
  'import.largeWarning':
    'Large import ({size} MB in total): reading and writing may take up to a minute.',
  'import.readFailed': 'Could not read {file} in the browser: {error}',
  'import.nothing': 'Choose at least one file or paste a list first.',
  'import.failed': 'The import did not run: {error}',
  'import.summary.title': 'Summary',
  'import.summary.done': 'Imported: {sheets}.',
  'import.summary.nothingChanged':
    'Nothing changed: the workbook already had everything in these files.',
  'import.summary.noneImported': 'No file was imported. Check the messages below.',
  'import.summary.openDashboard':
    'Open the dashboard (ODR Guard → Open ODR dashboard) to see your ODR from the imported data.',
  'import.summary.doneSwitched':
    'Imported: {sheets}. The dashboard now reads {switched} (it was set to other sheets); change it under Data used.',
  'import.summary.withConflicts':
    '{summary} {count} value(s) you typed were kept; see the list below.',
  'import.summary.stopped': 'Nothing was imported: {why}',
  'import.summary.rolledBack':
    'The import failed while writing ({error}); everything it had written was undone, so the sheets are as they were.',
  'import.summary.partly':
    'The import failed while writing ({error}) and could not undo everything. Written: {written}. Not written: {notWritten}.',
  'import.file.older':
    '{count} row(s) kept as they are: the sheet already has newer news for them (a later date, or a decided status).',
  'import.file.conflicts': '{count} value(s) you typed differ from the file; yours were kept:',
  'import.file.conflict': '{cell} ({order}, {column}): yours "{yours}", the file says "{file}"',
  'import.file.conflictsMore': '… and {count} more.',
  'import.file.healthNone':
    "Amazon's figures for {count} marketplace(s) read, but none has a complete window with counts to compare, so nothing was saved.",
  'import.skip.noOrderId': 'no order id',
  'import.skip.noPurchaseDate': 'no purchase date',
  'import.skip.badPurchaseDate': 'purchase date "{value}" could not be read as a date',
  'import.skip.badDate': 'date "{value}" could not be read as a date',
  'import.skip.badType':
    'type "{value}" not recognised (use negative feedback, A-to-z claim or chargeback)',
  'import.skip.badRating': 'rating "{value}" is not 1–5 stars',
  'import.ignore.noDefect': 'no defect marked in the row',
  'import.ignore.positive': 'positive feedback (4–5 stars), not a defect',
  'import.note.cut':
    '{count} text cell(s) were longer than a cell holds (50,000 characters) and were cut, marked with how much is left out.',
  'import.note.columnsLeftOut':
    'Columns not copied (personal data, or not used by ODR Guard): {columns}.',
  'import.note.emails': 'Buyer e-mail addresses were not copied.',
  'import.note.headerLine': 'Header found on line {line}; the lines above it were skipped.',
  'import.note.dateOrder': 'Column "{column}": dates read as {order}.',
  'import.note.dateOrderAssumed':
    'Column "{column}": dates read as {order} (assumed: the values read more than one way).',
  'import.dateOrder.MDY': 'month/day/year',
  'import.dateOrder.DMY': 'day/month/year',
  'import.dateOrder.YMD': 'year/month/day',
  'import.cell.cut': '…({count} more)',
  'import.error.noHeader':
    'The "{sheet}" sheet has data but no header row with an order-id column in its first {rows} rows, so the import cannot tell its columns. Add the header ({columns}) or import into an empty sheet.',
  'import.error.empty': 'The file is empty.',
  'import.error.unknownReport':
    'Not a report ODR Guard recognises. Headers seen: {headers}. Recognised reports: {types}.',
  'import.error.unknownStatusList':
    'Not a report ODR Guard recognises. Headers seen: {headers}. This looks like a claims or chargebacks list: add a "Type" column, or put "claims" or "chargebacks" in the file name. Recognised reports: {types}.',
  'import.error.noHeadersSeen': 'none (the file is empty)',
  'import.requirement.allOrders':
    'All Orders report (amazon-order-id, purchase-date, sku/asin/quantity …)',
  'import.requirement.feedback': 'Feedback report (Date, Rating, Comments, Order ID …)',
  'import.requirement.odrDownload':
    'ODR defect download (Order ID plus Negative feedback / A-to-z claim / Chargeback columns)',
  'import.requirement.statusList':
    'A-to-z claims or chargebacks list (Order ID, Status, Date, Reason, Amount; "claim" or "chargeback" in a header or the file name)',
  'import.requirement.defectList': 'Defect list (Order ID, Type, Status …)',
  'import.requirement.accountHealth':
    'Account Health report (SP-API GET_V2_SELLER_PERFORMANCE_REPORT, JSON)',
  'import.error.zip':
    'This is an Excel workbook or a zip file, not a text report. Download the report as a text (.txt, tab-delimited) or .csv file, or in Excel use Save As → "Text (Tab delimited)".',
  'import.error.xls':
    'This is an old Excel (.xls) workbook, not a text report. Save it as "Text (Tab delimited)" or CSV first.',
  'import.error.pdf': 'This is a PDF, not a text report. Download the report as .txt or .csv.',
  'import.error.jsonBroken':
    'The file looks like JSON but cannot be read ({detail}); it may be cut off. Download the report again.',
  'import.error.jsonNotHealth':
    'This JSON file is not the SP-API Account Health report (GET_V2_SELLER_PERFORMANCE_REPORT): it has no "performanceMetrics" list (keys seen: {keys}).',
  'import.error.jsonNoOdr':
    'The Account Health report holds no Order Defect Rate figures (performanceMetrics[].orderDefectRate is missing).',
  'import.error.unclosedQuote':
    'Line {line}: a quoted field starts here but its closing quote never comes, so the file looks cut off or broken. Nothing from this file was imported; download it again.',
  'import.error.binary':
    'This file holds binary data, not a text report (it contains NUL bytes). Download the report as .txt or .csv.',
  'import.error.notText':
    'This file does not look like a text report (too many unreadable characters). Download the report as .txt or .csv.',
  'import.error.unknown': 'the file could not be read.',
  'import.blocked.formula': 'that cell holds a formula',
  'import.blocked.spill': 'the array formula in {source} fills that cell',
  'import.blocked.protected': 'that cell is in a protected range you may not edit',
  'import.blocked.merged': 'that cell is part of merged cells',
  'import.stop.blocked':
    'it would change {cell}, but {why}. Nothing was written. Move or remove what is there (or unprotect it), then import again.',
  'import.stop.blockedMany':
    'it would change {cell}, but {why} ({more} more cell(s) are in the way too). Nothing was written. Move or remove what is there (or unprotect it), then import again.',
  'import.limit.propertyValue':
    "the dashboard's saved data would take {bytes} bytes in one setting; Google stores at most {limit}.",
  'import.limit.propertyStore':
    "the add-on's saved data in this spreadsheet would take {bytes} bytes; Google allows {limit}. Clear the highlights (ODR Guard → Clear highlights), then import again.",
  'import.limit.cells':
    'the spreadsheet would grow to {needed} cells ({extra} more); Google Sheets holds at most {limit}. Delete unused sheets, rows or columns, or import a shorter date range.',
  'writer.stopped': 'Nothing was written: {why}',
  'writer.rolledBack':
    'Writing failed ({error}); the sheets it had added were removed, so the spreadsheet is as it was.',
  'writer.partly': 'Writing failed ({error}) and could not be undone completely: {written}.',
  'import.file.type': 'Recognised as: {type}',
  'import.file.sheet': 'Written to sheet {sheet}',
  'import.file.counts':
    '{read} row(s) read · {added} added · {updated} updated · {unchanged} unchanged · {skipped} skipped',
  'import.file.health': "Amazon's ODR figures for {count} marketplace(s) saved for the dashboard.",
  'import.file.ignored': '{count} not imported: {reason}',
  'import.file.skippedLine': 'Line {line}: {reason}',
  'import.file.skippedMore': '… and {count} more skipped row(s).',
  'import.file.failed': 'Not imported (nothing from this file was written): {error}',
  'import.file.encoding': 'Encoding: {encoding}',
  'import.types.title': 'Recognised report types',
  'import.type.allOrders': 'All Orders report',
  'import.type.feedback': 'Feedback report',
  'import.type.odrDownload': 'ODR defect download',
  'import.type.claimsList': 'A-to-z claims list',
  'import.type.chargebacksList': 'Chargebacks list',
  'import.type.defectList': 'Defect list',
  'import.type.accountHealth': 'Account Health report (SP-API JSON)',
  'import.toast.done': 'Import finished: {sheets}.',
  'import.toast.nothing': 'Import finished: nothing changed.',
  'templates.created': 'Blank templates added: sheets {orders} and {defects}.',
  'templates.renamed':
    'Sheets named Orders/Defects already exist and were left as they are; the templates are {orders} and {defects}.',
  'templates.typeHelp':
    'Negative feedback, A-to-z claim, Chargeback, or Feedback (neutral) for 3 stars.',
  'templates.statusHelp': 'The status as Seller Central shows it; other words are accepted too.',
  'templates.channelHelp': 'Merchant (you ship, MFN) or Amazon (FBA, AFN).',
} as const;

export const IMPORT_ZH: Record<keyof typeof IMPORT_EN, string> = {
  'menu.insertTemplates': '插入空白模板',
  'import.title': '导入亚马逊报告',
  'import.intro':
    '添加从卖家平台下载的文件：所有订单报告、反馈报告、ODR 缺陷下载、亚马逊商城交易保障索赔或信用卡拒付索赔列表，或账户状况报告（JSON）。每个文件按列标题自动识别。',
  'import.drop': '将报告文件拖放到此处',
  'import.or': '或',
  'import.choose': '选择文件…',
  'import.remove': '移除',
  'import.noFiles': '尚未选择文件。',
  'import.paste.label': '或粘贴带标题行的列表（索赔、信用卡拒付索赔、反馈）：',
  'import.paste.placeholder':
    'Order ID\tStatus\tDate\tReason\tAmount\n111-0000001-0000001\tOpen\t1/28/2024\tItem not received\t24.99',
  'import.pastedName': '粘贴的文本',
  'import.pasteKind.label': '粘贴的列表是：',
  'import.pasteKind.auto': '按标题自动识别',
  'import.pasteKind.claims': '亚马逊商城交易保障索赔',
  'import.pasteKind.chargebacks': '信用卡拒付索赔',
  // The name tells the import which list it is, so it keeps the English word too.
  'import.pastedClaims': '粘贴的亚马逊商城交易保障索赔（claims）',
  'import.pastedChargebacks': '粘贴的信用卡拒付索赔（chargebacks）',
  'import.run': '导入',
  'import.close': '关闭',
  'import.again': '继续导入',
  'import.reading': '正在读取{file}… {percent}%',
  'import.importing': '正在导入{count}个文件… 大型报告需要几秒钟。',
  'import.tooLarge':
    '{file}大小为{size} MB。Apps Script 每次导入最多约45 MB；请拆分报告（例如按日期范围）后依次导入。',
  'import.largeWarning': '导入量较大（共{size} MB）：读取和写入可能需要一分钟。',
  'import.readFailed': '浏览器无法读取{file}：{error}',
  'import.nothing': '请先选择至少一个文件或粘贴列表。',
  'import.failed': '导入未执行：{error}',
  'import.summary.title': '摘要',
  'import.summary.done': '已导入：{sheets}。',
  'import.summary.nothingChanged': '没有变化：工作簿中已包含这些文件的全部内容。',
  'import.summary.noneImported': '没有导入任何文件。请查看下面的说明。',
  'import.summary.openDashboard':
    '打开仪表板（ODR Guard → 打开 ODR 仪表板），查看根据导入数据计算的 ODR。',
  'import.summary.doneSwitched':
    '已导入：{sheets}。仪表板现在读取{switched}（之前设置为其他工作表）；可在“使用的数据”中更改。',
  'import.summary.withConflicts': '{summary}您输入的{count}个值已保留；见下方列表。',
  'import.summary.stopped': '未导入任何内容：{why}',
  'import.summary.rolledBack': '写入时导入失败（{error}）；已撤销全部写入，工作表保持原样。',
  'import.summary.partly':
    '写入时导入失败（{error}），且未能全部撤销。已写入：{written}。未写入：{notWritten}。',
  'import.file.older': '{count}行保持不变：工作表中已有更新的信息（日期更晚，或状态已有结论）。',
  'import.file.conflicts': '您输入的{count}个值与文件不同，已保留您的值：',
  'import.file.conflict': '{cell}（{order}，{column}）：您的值“{yours}”，文件中为“{file}”',
  'import.file.conflictsMore': '… 另有{count}个。',
  'import.file.healthNone':
    '已读取{count}个站点的亚马逊数据，但没有任何站点同时具备完整的统计周期和数量，因此未保存。',
  'import.skip.noOrderId': '缺少订单编号',
  'import.skip.noPurchaseDate': '缺少购买日期',
  'import.skip.badPurchaseDate': '购买日期“{value}”无法识别为日期',
  'import.skip.badDate': '日期“{value}”无法识别为日期',
  'import.skip.badType':
    '类型“{value}”无法识别（请使用负面反馈、亚马逊商城交易保障索赔或信用卡拒付索赔）',
  'import.skip.badRating': '评分“{value}”不是1–5星',
  'import.ignore.noDefect': '该行未标记任何缺陷',
  'import.ignore.positive': '正面反馈（4–5星），不算缺陷',
  'import.note.cut': '{count}个文本超过单元格上限（50,000个字符），已截断并注明省略的字数。',
  'import.note.columnsLeftOut': '未复制的列（个人信息，或 ODR Guard 不使用）：{columns}。',
  'import.note.emails': '未复制买家电子邮件地址。',
  'import.note.headerLine': '标题行位于第{line}行；其上方的行已跳过。',
  'import.note.dateOrder': '列“{column}”：日期按{order}读取。',
  'import.note.dateOrderAssumed': '列“{column}”：日期按{order}读取（推定：这些值有多种读法）。',
  'import.dateOrder.MDY': '月/日/年',
  'import.dateOrder.DMY': '日/月/年',
  'import.dateOrder.YMD': '年/月/日',
  'import.cell.cut': '…（另有{count}个字符）',
  'import.error.noHeader':
    '工作表“{sheet}”中有数据，但前{rows}行中没有包含订单编号列的标题行，因此无法识别各列。请添加标题行（{columns}），或导入到空工作表。',
  'import.error.empty': '文件为空。',
  'import.error.unknownReport':
    '这不是ODR Guard能识别的报告。读到的表头：{headers}。可识别的报告：{types}。',
  'import.error.unknownStatusList':
    '这不是ODR Guard能识别的报告。读到的表头：{headers}。这看起来是亚马逊商城交易保障索赔列表或信用卡拒付索赔列表：请添加“Type”列，或在文件名中写明“claims”或“chargebacks”。可识别的报告：{types}。',
  'import.error.noHeadersSeen': '无（文件为空）',
  'import.requirement.allOrders':
    '所有订单报告（amazon-order-id、purchase-date、sku/asin/quantity等）',
  'import.requirement.feedback': '反馈报告（订单编号列Order ID，以及Date、Rating、Comments等列）',
  'import.requirement.odrDownload':
    'ODR缺陷下载（订单编号列，以及负面反馈、亚马逊商城交易保障索赔、信用卡拒付索赔各一列）',
  'import.requirement.statusList':
    '亚马逊商城交易保障索赔列表或信用卡拒付索赔列表（订单编号列Order ID，以及Status、Date、Reason、Amount；表头或文件名中含“claim”或“chargeback”）',
  'import.requirement.defectList': '缺陷列表（订单编号列Order ID，以及Type、Status等列）',
  'import.requirement.accountHealth':
    '账户状况报告（SP-API GET_V2_SELLER_PERFORMANCE_REPORT，JSON）',
  'import.error.zip':
    '这是Excel工作簿或zip压缩文件，不是文本报告。请将报告下载为文本文件（txt，制表符分隔）或csv文件，或在Excel中选择“另存为”→“文本文件（制表符分隔）”。',
  'import.error.xls':
    '这是旧版Excel（.xls）工作簿，不是文本报告。请先将其另存为“文本文件（制表符分隔）”或CSV。',
  'import.error.pdf': '这是PDF文件，不是文本报告。请将报告下载为txt或csv格式。',
  'import.error.jsonBroken':
    '该文件看起来是JSON，但无法读取（{detail}），可能不完整。请重新下载报告。',
  'import.error.jsonNotHealth':
    '此JSON文件不是SP-API账户状况报告（GET_V2_SELLER_PERFORMANCE_REPORT）：其中没有“performanceMetrics”列表（读到的键：{keys}）。',
  'import.error.jsonNoOdr':
    '该账户状况报告中没有订单缺陷率数据（缺少performanceMetrics[].orderDefectRate）。',
  'import.error.unclosedQuote':
    '第{line}行：此处开始的带引号字段没有结束引号，文件看起来不完整或已损坏。此文件的内容均未导入，请重新下载。',
  'import.error.binary':
    '此文件是二进制数据，不是文本报告（含有NUL字节）。请将报告下载为txt或csv格式。',
  'import.error.notText':
    '此文件看起来不是文本报告（无法识别的字符过多）。请将报告下载为txt或csv格式。',
  'import.error.unknown': '无法读取该文件。',
  'import.blocked.formula': '该单元格包含公式',
  'import.blocked.spill': '{source}中的数组公式填充了该单元格',
  'import.blocked.protected': '该单元格位于您无权编辑的受保护范围内',
  'import.blocked.merged': '该单元格属于合并单元格',
  'import.stop.blocked':
    '导入需要修改{cell}，但{why}。未写入任何内容。请移走或删除该内容（或取消保护）后再导入。',
  'import.stop.blockedMany':
    '导入需要修改{cell}，但{why}（另有{more}个单元格也受阻）。未写入任何内容。请移走或删除该内容（或取消保护）后再导入。',
  'import.limit.propertyValue':
    '仪表板保存的数据单项将占用{bytes}字节；Google 每项最多存储{limit}字节。',
  'import.limit.propertyStore':
    '本插件在此电子表格中保存的数据将占用{bytes}字节；Google 最多允许{limit}字节。请先清除突出显示（ODR Guard → 清除突出显示），再导入。',
  'import.limit.cells':
    '电子表格将增至{needed}个单元格（增加{extra}个）；Google 表格最多容纳{limit}个。请删除不用的工作表、行或列，或导入较短的日期范围。',
  'writer.stopped': '未写入任何内容：{why}',
  'writer.rolledBack': '写入失败（{error}）；已删除新添加的工作表，电子表格保持原样。',
  'writer.partly': '写入失败（{error}），且未能完全撤销：{written}。',
  'import.file.type': '识别为：{type}',
  'import.file.sheet': '已写入工作表{sheet}',
  'import.file.counts':
    '读取{read}行 · 新增{added} · 更新{updated} · 未变{unchanged} · 跳过{skipped}',
  'import.file.health': '已保存{count}个站点的亚马逊 ODR 数据，供仪表板对照。',
  'import.file.ignored': '{count}行未导入：{reason}',
  'import.file.skippedLine': '第{line}行：{reason}',
  'import.file.skippedMore': '… 另有{count}行被跳过。',
  'import.file.failed': '未导入（此文件的内容均未写入）：{error}',
  'import.file.encoding': '编码：{encoding}',
  'import.types.title': '可识别的报告类型',
  'import.type.allOrders': '所有订单报告',
  'import.type.feedback': '反馈报告',
  'import.type.odrDownload': 'ODR 缺陷下载',
  'import.type.claimsList': '亚马逊商城交易保障索赔列表',
  'import.type.chargebacksList': '信用卡拒付索赔列表',
  'import.type.defectList': '缺陷列表',
  'import.type.accountHealth': '账户状况报告（SP-API JSON）',
  'import.toast.done': '导入完成：{sheets}。',
  'import.toast.nothing': '导入完成：没有变化。',
  'templates.created': '已添加空白模板：工作表{orders}和{defects}。',
  'templates.renamed':
    '名为 Orders/Defects 的工作表已存在，未作改动；模板已写入{orders}和{defects}。',
  'templates.typeHelp':
    '负面反馈（Negative feedback）、亚马逊商城交易保障索赔（A-to-z claim）、信用卡拒付索赔（Chargeback），3星为 Feedback (neutral)。',
  'templates.statusHelp': '按卖家平台显示的状态填写；其他写法也可接受。',
  'templates.channelHelp': 'Merchant（卖家自配送，MFN）或 Amazon（亚马逊配送，AFN）。',
};
