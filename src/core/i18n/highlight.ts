/**
 * Highlight and clear (issue 11), and the small writers beside them: as_of, the checklist store.
 * The older highlight messages (highlight.done, clear.done, …) stay in menu.ts.
 */
export const HIGHLIGHT_EN = {
  'highlight.noRoom':
    '{rows} rows cannot be highlighted reversibly: their colours need {needed} KB to remember and {room} KB is left for that (the rest is kept for settings and the checklist). Nothing was coloured. Up to {fit} rows would fit: clear other highlights, or remove cell colours you do not need from {sheet}.',
  'highlight.carried':
    '{rows} rows highlighted before were edited since and are no longer defect orders: they stay highlighted until you clear them.',
  'highlight.listSeparator': ', ',
  'highlight.groupSeparator': '; ',
  'clear.edited':
    'Left highlighted because edited since — {rows}. “Clear edited rows too” restores them as well.',
  'clear.editedSheet': '{sheet}: {rows}',
  'clear.editedRow': 'row {row} (order {orderId})',
  'clear.editedRowOnly': 'row {row}',
  'clear.editedMore': 'and {count} more',
  'clear.sheetGone': 'Sheet "{sheet}" no longer exists: its highlight was forgotten.',
  'clear.failed':
    'Sheet "{sheet}" could not be changed ({error}); its highlight is kept for the next Clear.',
  'asOf.impossible': '"{value}" is not a real calendar day. Enter a date like 2024-02-29.',
  'checklist.tooLong':
    'The checklist is too long to save ({bytes} bytes, at most {max}): shorten the longest note.',
  'checklist.storeFull':
    'The checklist could not be saved: the add-on’s storage in this spreadsheet is full. Clear highlights, then save again.',
} as const;

export const HIGHLIGHT_ZH: Record<keyof typeof HIGHLIGHT_EN, string> = {
  'highlight.noRoom':
    '无法可逆地高亮{rows}行：记住其颜色需要{needed} KB，只剩{room} KB可用（其余留给设置和申诉清单）。未对任何行着色。最多可容纳{fit}行：请清除其他高亮，或删除“{sheet}”中不需要的单元格颜色。',
  'highlight.carried': '之前高亮的{rows}行已被编辑且不再是缺陷订单：在您清除前保持高亮。',
  'highlight.listSeparator': '、',
  'highlight.groupSeparator': '；',
  'clear.edited': '以下行高亮后被编辑过，仍保持高亮——{rows}。“同时清除已编辑的行”可一并恢复。',
  'clear.editedSheet': '{sheet}：{rows}',
  'clear.editedRow': '第{row}行（订单编号{orderId}）',
  'clear.editedRowOnly': '第{row}行',
  'clear.editedMore': '另有{count}行',
  'clear.sheetGone': '工作表“{sheet}”已不存在，其高亮记录已删除。',
  'clear.failed': '无法修改工作表“{sheet}”（{error}）；其高亮记录已保留，可再次清除。',
  'asOf.impossible': '“{value}”不是有效的日历日期。请输入如2024-02-29的日期。',
  'checklist.tooLong': '申诉清单过长无法保存（{bytes}字节，上限{max}字节）：请缩短最长的备注。',
  'checklist.storeFull': '无法保存申诉清单：此电子表格的加载项存储已满。请清除高亮后再保存。',
};
