/**
 * The writers' fallback when "Check this spreadsheet" found that plain-text cells do not keep
 * text but an apostrophe prefix does: the same cells, written the other way. Pure.
 */
import type { TextMode } from './checks';

export const PLAIN_TEXT_FORMAT = '@';
/** What Sheets reports for a cell whose number format was never set ("Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';

/**
 * Values and number formats as a writer would set them, adjusted to the spreadsheet's text
 * mode. In `plainText` mode they are returned as they are. In `apostrophe` mode every non-empty
 * string in a plain-text cell gets a leading apostrophe (Sheets keeps the rest literally and does
 * not show the apostrophe) and the automatic format.
 */
export function asTextCells<T>(
  values: readonly (readonly T[])[],
  formats: readonly (readonly string[])[],
  mode: TextMode,
): { values: (T | string)[][]; formats: string[][] } {
  if (mode === 'plainText') {
    return { values: values as (T | string)[][], formats: formats as string[][] };
  }
  const outValues: (T | string)[][] = [];
  const outFormats: string[][] = [];
  for (let r = 0; r < values.length; r++) {
    const row = values[r].slice() as (T | string)[];
    const fmt = formats[r].slice();
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (fmt[c] === PLAIN_TEXT_FORMAT && typeof v === 'string' && v !== '') {
        row[c] = `'${v}`;
        fmt[c] = AUTOMATIC_FORMAT;
      }
    }
    outValues.push(row);
    outFormats.push(fmt);
  }
  return { values: outValues, formats: outFormats };
}
