/**
 * A stamp in the document's properties that every writer of the seller's data (import, sample
 * data, templates, the action plan) moves after it wrote. The open sidebar asks for it every few
 * seconds (getDataVersion) and reloads the dashboard when it moved: one property read per poll,
 * no spreadsheet call, so a sidebar left open costs next to nothing.
 */
const DATA_VERSION_KEY = 'odrguard.dataVersion';

/** The current stamp; '' when nothing has written since the add-on was installed. */
export function readDataVersion(): string {
  return PropertiesService.getDocumentProperties().getProperty(DATA_VERSION_KEY) ?? '';
}

/**
 * Moves the stamp. Time plus a counter, so two writes in the same millisecond still differ; a
 * failure to store it only means the sidebar refreshes on its next manual refresh.
 */
export function bumpDataVersion(): void {
  const previous = readDataVersion();
  const count = Number(previous.split('.')[1] ?? '0') || 0;
  try {
    PropertiesService.getDocumentProperties().setProperty(
      DATA_VERSION_KEY,
      `${Date.now()}.${(count + 1) % 1e6}`,
    );
  } catch {
    // The property store is full (the writers check their own room): nothing is lost.
  }
}
