/**
 * Sheet names as Sheets compares them: a spreadsheet cannot hold two sheets whose names differ
 * only in case ("Orders" and "orders"; tools/emulator/README.md, "Sheet names"), so a writer that
 * looks for its sheet or picks a free name compares ignoring case.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet named `name`, or else the one whose name differs only in case; null when none. */
export function sheetNamed(spreadsheet: Spreadsheet, name: string): Sheet | null {
  const exact = spreadsheet.getSheetByName(name);
  if (exact) return exact;
  const wanted = name.toLowerCase();
  return spreadsheet.getSheets().find((s) => s.getName().toLowerCase() === wanted) ?? null;
}

/** Whether a new sheet could not take `name`. */
export function sheetNameTaken(spreadsheet: Spreadsheet, name: string): boolean {
  return sheetNamed(spreadsheet, name) !== null;
}
