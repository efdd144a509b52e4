/**
 * Amazon's own ODR figures from an imported Account Health report, kept in document properties so
 * the sidebar can show them beside ours for the same window.
 */
import type { AmazonFigures } from '../../core/wire/types';
import { readJson, writeJson } from './properties';

const KEY = 'odrguard.amazonFigures';

function isFigures(value: unknown): value is AmazonFigures {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.scope === 'MFN' || v.scope === 'AFN') &&
    typeof v.from === 'string' &&
    typeof v.to === 'string' &&
    typeof v.orders === 'number' &&
    typeof v.defective === 'number' &&
    typeof v.rate === 'number'
  );
}

export function loadAmazonFigures(): AmazonFigures[] {
  const { value } = readJson(KEY);
  return Array.isArray(value) ? value.filter(isFigures) : [];
}

export function saveAmazonFigures(figures: AmazonFigures[]): void {
  writeJson(KEY, figures);
}
