/**
 * What reading a report file finds (issue 12): the encoding guessed, rows that do not fit the
 * header, a download cut short, Japanese headers, a pasted list told by its reasons, and
 * Amazon's own figures per marketplace. Core returns these as messages; the import summary and
 * the sidebar render them.
 */
export const IMPORT_FILES_EN = {
  'importFiles.encoding.guessed':
    'Read as {encoding}, guessed from its bytes (the file does not say its encoding). If letters look wrong, save the file as UTF-8 and import it again.',
  'importFiles.encoding.shift_jis': 'Shift_JIS (Japanese, cp932)',
  'importFiles.encoding.windows-1252': 'Windows-1252 (Western European)',
  'importFiles.encoding.iso-8859-1': 'ISO-8859-1 (Latin-1)',
  'importFiles.encoding.utf-16le': 'UTF-16 little-endian without a byte-order mark',
  'importFiles.encoding.utf-16be': 'UTF-16 big-endian without a byte-order mark',
  'importFiles.row.tooManyFields':
    '{fields} fields where the header has {expected}, so the columns cannot be told apart: not imported. Check this line in the file (a tab or quote inside a text may have split it).',
  'importFiles.row.truncated':
    'the file ends in the middle of this row ({fields} of {expected} fields): the download looks cut short, so this row was not imported. Download the report again to import it.',
  'importFiles.headers.translated':
    'Japanese column headers read as the English report’s: {examples}.',
  'importFiles.list.fromReasons': 'Recognised as {type} from its reasons ({evidence}).',
  'importFiles.list.ask':
    'Is this list A-to-z claims or chargebacks? Choose which under “{label}” and import it again.',
  'importFiles.list.claims': 'A-to-z claims list',
  'importFiles.list.chargebacks': 'chargebacks list',
  'amazonFigures.figure': 'Amazon’s figure for {marketplace}: {rate} ({from} – {to})',
  'amazonFigures.figureNoWindow':
    'Amazon’s figure for {marketplace}: {rate} (the report gives no dates, so it is not compared)',
  'amazonFigures.ratesOnly':
    'Amazon’s report gives the rate only, without order counts: compare the rates.',
  'amazonFigures.assumed':
    'Compared with all your orders: Amazon’s report holds only this marketplace and your Orders sheet has no sales-channel column.',
  'amazonFigures.otherMarketplaces':
    'Amazon’s report also has {scope} figures for {count} marketplace(s) with no orders in your sheet ({list}): not compared.',
  'amazonFigures.noSalesChannel':
    'Amazon’s report holds {count} marketplaces and your Orders sheet has no sales-channel column, so its {scope} figures are not compared: import the All Orders report (it has sales-channel).',
  'amazonFigures.unknownMarketplace': 'marketplace {id}',
  'amazonFigures.unknownMarketplaces':
    'Amazon’s report holds {scope} figures for {count} marketplaces without saying which is which, so none is compared with your orders: import the report again.',
  'amazonFigures.read':
    'Amazon’s ODR figures read for {count} marketplace(s): {list}. The dashboard compares each with your orders of the same marketplace (sales channel).',
  'amazonFigures.readItem': '{marketplace} {scope} {rate}',
  'amazonFigures.tooLarge':
    'Amazon’s figures for {count} marketplace(s) need {size} KB, more than the {limit} KB ODR Guard keeps for them: not saved. Download the report for the marketplaces you sell in.',
} as const;

export const IMPORT_FILES_ZH: Record<keyof typeof IMPORT_FILES_EN, string> = {
  'importFiles.encoding.guessed':
    '已按{encoding}读取（根据文件字节推测，文件本身未注明编码）。如果文字显示不正确，请将文件另存为 UTF-8后重新导入。',
  'importFiles.encoding.shift_jis': 'Shift_JIS（日文，cp932）',
  'importFiles.encoding.windows-1252': 'Windows-1252（西欧）',
  'importFiles.encoding.iso-8859-1': 'ISO-8859-1（Latin-1）',
  'importFiles.encoding.utf-16le': '无字节顺序标记的 UTF-16小端序',
  'importFiles.encoding.utf-16be': '无字节顺序标记的 UTF-16大端序',
  'importFiles.row.tooManyFields':
    '该行有{fields}个字段，而表头只有{expected}个，无法分辨各列：未导入。请检查文件中的这一行（文本中的制表符或引号可能把它拆开了）。',
  'importFiles.row.truncated':
    '文件在这一行中间结束（只有{expected}个字段中的{fields}个）：下载似乎不完整，此行未导入。请重新下载报告后再导入此行。',
  'importFiles.headers.translated': '日文列标题已按英文报告的列标题读取：{examples}。',
  'importFiles.list.fromReasons': '根据原因识别为{type}（{evidence}）。',
  'importFiles.list.ask':
    '这份列表是亚马逊商城交易保障索赔还是信用卡拒付索赔？请在“{label}”中选择后重新导入。',
  'importFiles.list.claims': '亚马逊商城交易保障索赔列表',
  'importFiles.list.chargebacks': '信用卡拒付索赔列表',
  'amazonFigures.figure': '亚马逊{marketplace}的数据：{rate}（{from}至{to}）',
  'amazonFigures.figureNoWindow': '亚马逊{marketplace}的数据：{rate}（报告没有日期，因此未对照）',
  'amazonFigures.ratesOnly': '亚马逊的报告只给出比率，没有订单数：请对照比率。',
  'amazonFigures.assumed':
    '已与您的全部订单对照：亚马逊的报告只包含这一个站点，而您的 Orders 表没有销售渠道（sales-channel）列。',
  'amazonFigures.otherMarketplaces':
    '亚马逊的报告还包含{count}个站点的{scope}数据，您的表中没有这些站点的订单（{list}）：未对照。',
  'amazonFigures.noSalesChannel':
    '亚马逊的报告包含{count}个站点，而您的 Orders 表没有销售渠道（sales-channel）列，因此其{scope}数据未对照：请导入“所有订单”报告（含 sales-channel 列）。',
  'amazonFigures.unknownMarketplace': '站点{id}',
  'amazonFigures.unknownMarketplaces':
    '亚马逊的报告包含{count}个站点的{scope}数据，但未注明各属于哪个站点，因此均未与您的订单对照：请重新导入该报告。',
  'amazonFigures.read':
    '已读取{count}个站点的亚马逊订单缺陷率数据：{list}。仪表板将每个站点的数据与您同一站点（销售渠道）的订单对照。',
  'amazonFigures.readItem': '{marketplace} {scope} {rate}',
  'amazonFigures.tooLarge':
    '{count}个站点的亚马逊数据需要{size} KB，超过 ODR Guard 为其保留的{limit} KB：未保存。请只下载您销售的站点的报告。',
};
