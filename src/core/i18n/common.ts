/** Pieces many messages share: date ranges, list separators. */
export const COMMON_EN = {
  'common.dayRange': '{from} to {to}',
  'common.listSeparator': ', ',
  'common.colon': ': ',
} as const;

export const COMMON_ZH: Record<keyof typeof COMMON_EN, string> = {
  'common.dayRange': '{from}至{to}',
  'common.listSeparator': '、',
  'common.colon': '：',
};
