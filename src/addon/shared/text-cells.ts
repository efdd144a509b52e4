/**
 * How this spreadsheet keeps text as text. Normally plain-text cells ('@'); when "Check this
 * spreadsheet" found that they do not but an apostrophe prefix does, it saved `apostrophe` here
 * and every writer that goes through `writeCells` switches to it.
 */
import type { TextMode } from '../../core/self-check/checks';
import { asTextCells } from '../../core/self-check/text-cells';

const TEXT_MODE_KEY = 'odrguard.textMode';

export function storedTextMode(): TextMode {
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(TEXT_MODE_KEY);
    return raw === 'apostrophe' ? 'apostrophe' : 'plainText';
  } catch {
    return 'plainText';
  }
}

export function saveTextMode(mode: TextMode): void {
  const properties = PropertiesService.getDocumentProperties();
  if (mode === 'apostrophe') properties.setProperty(TEXT_MODE_KEY, mode);
  else properties.deleteProperty(TEXT_MODE_KEY);
}

/** Formats first, then values, so that text lands in cells that keep it (one call each). */
export function writeCells(
  range: GoogleAppsScript.Spreadsheet.Range,
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly string[])[],
): void {
  const cells = asTextCells(values, formats, storedTextMode());
  range.setNumberFormats(cells.formats);
  range.setValues(cells.values);
}
