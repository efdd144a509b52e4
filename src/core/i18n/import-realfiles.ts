/**
 * What reading real downloads finds (round 3): ids Excel rewrote, reports joined into one file,
 * a second report's header in the middle of a file. Import summary (import.*, importFiles.*) and
 * ODR_CHECK / sidebar findings (finding.*).
 */
export const IMPORT_REALFILES_EN = {
  'import.skip.excelOrderId':
    'order id "{value}" was rewritten by Excel (a long number shown as {value}), so the real id is lost: not imported. Import the report file as downloaded (.txt), not a copy saved from Excel.',
  'import.note.excelIds':
    'Column "{column}": {count} value(s) such as "{value}" were rewritten by Excel (long numbers shown as 1.2E+13), so the real ids are lost: left empty. Import the report file as downloaded (.txt), not a copy saved from Excel.',
  'importFiles.row.otherHeader':
    'below a different header (line {headerLine}): this part of the file has other columns, so its rows cannot be read by the first header: not imported. Import that part as a file of its own.',
  'importFiles.headers.repeated':
    'The header row appears again at line(s) {lines} (several downloads joined into one file): read as header, not as data.',
  'importFiles.headers.remapped':
    'Another download’s header at line(s) {lines} names fewer columns, all of them in the first header: the rows below it were read by their own header.',
  'import.ignore.overlap':
    'repeats a row of an earlier download in this file exactly (downloads that overlap): imported once',
  'finding.excelOrderId':
    'Skipped: order id "{value}" was rewritten by Excel (a long number shown in scientific notation), so the real id is lost. Paste the ids from the report file as downloaded, with the column formatted as text.',
} as const;

export const IMPORT_REALFILES_ZH: Record<keyof typeof IMPORT_REALFILES_EN, string> = {
  'import.skip.excelOrderId':
    '订单编号“{value}”已被 Excel 改写（长数字显示为{value}），真实编号已丢失：未导入。请导入下载的原始报告文件（.txt），不要导入用 Excel 另存的副本。',
  'import.note.excelIds':
    '列“{column}”：有{count}个值（例如“{value}”）已被 Excel 改写（长数字显示为1.2E+13），真实编号已丢失：已留空。请导入下载的原始报告文件（.txt），不要导入用 Excel 另存的副本。',
  'importFiles.row.otherHeader':
    '位于另一个表头（第{headerLine}行）之下：文件的这一部分列不同，无法按第一个表头读取：未导入。请把这一部分作为单独的文件导入。',
  'importFiles.headers.repeated':
    '表头行在第{lines}行再次出现（多个下载文件被合并成一个文件）：已按表头读取，未作为数据。',
  'importFiles.headers.remapped':
    '第{lines}行是另一个下载文件的表头，列较少且都在第一个表头中：其下各行已按它自己的表头读取。',
  'import.ignore.overlap': '与本文件中前一个下载的某行完全相同（下载的时间范围重叠）：只导入一次',
  'finding.excelOrderId':
    '已跳过：订单编号“{value}”已被 Excel 改写（长数字显示为科学计数法），真实编号已丢失。请从下载的原始报告文件中粘贴编号，并把该列设为文本格式。',
};
