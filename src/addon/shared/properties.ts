/**
 * Per-spreadsheet state in document properties: the data-source choice, as_of, the checklist.
 * A malformed stored value never crashes the add-on: it is reset and the seller is told.
 */
export interface Settings {
  ordersSheet: string | null;
  /** "" means "no defects sheet" chosen explicitly; null means "find it". */
  defectsSheet: string | null;
  asOf: string | null;
}

const SETTINGS_KEY = 'odrguard.settings';
const DEFAULTS: Settings = { ordersSheet: null, defectsSheet: null, asOf: null };

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Reads a JSON property; `reset` is true when a stored value had to be discarded. */
export function readJson(key: string): { value: unknown; reset: boolean } {
  const raw = properties().getProperty(key);
  if (raw === null) return { value: null, reset: false };
  try {
    return { value: JSON.parse(raw) as unknown, reset: false };
  } catch {
    properties().deleteProperty(key);
    return { value: null, reset: true };
  }
}

export function writeJson(key: string, value: unknown): void {
  properties().setProperty(key, JSON.stringify(value));
}

export function loadSettings(): { settings: Settings; reset: boolean } {
  const { value, reset } = readJson(SETTINGS_KEY);
  if (value === null) return { settings: { ...DEFAULTS }, reset };
  const v = value as Partial<Record<keyof Settings, unknown>>;
  const valid =
    typeof value === 'object' &&
    isNullableString(v.ordersSheet) &&
    isNullableString(v.defectsSheet) &&
    isNullableString(v.asOf) &&
    (v.asOf === null || /^\d{4}-\d{2}-\d{2}$/.test(v.asOf as string));
  if (!valid) {
    properties().deleteProperty(SETTINGS_KEY);
    return { settings: { ...DEFAULTS }, reset: true };
  }
  return {
    settings: {
      ordersSheet: v.ordersSheet as string | null,
      defectsSheet: v.defectsSheet as string | null,
      asOf: v.asOf as string | null,
    },
    reset: false,
  };
}

export function saveSettings(patch: Partial<Settings>): Settings {
  const next = { ...loadSettings().settings, ...patch };
  writeJson(SETTINGS_KEY, next);
  return next;
}
