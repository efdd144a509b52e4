/**
 * The seller's own category (the defects table's category column): its accepted forms, and
 * failing those, keywords that name exactly one category.
 */
import { lazy } from '../engine/lazy';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from './categories';
import { normalise } from './normalise';
import { OVERRIDE_ALIASES } from './override-aliases';
import { findKeywords } from './reading';

function aliasKey(text: string): string {
  return normalise(text)
    .norm.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The category column's accepted forms (built on first use: only a seller's own category needs it). */
const categoryAliases = lazy((): ReadonlyMap<string, CategoryId> => {
  const map = new Map<string, CategoryId>();
  for (const id of CATEGORY_IDS) {
    const forms = [id, CATEGORY_LABELS[id].en, CATEGORY_LABELS[id].zh, ...OVERRIDE_ALIASES[id]];
    for (const form of forms) map.set(aliasKey(form), id);
    map.set(aliasKey(id.replace(/[A-Z]/g, (c) => ` ${c}`)), id);
    for (const part of CATEGORY_LABELS[id].en.split('/')) map.set(aliasKey(part), id);
    for (const part of CATEGORY_LABELS[id].zh.split('/')) map.set(aliasKey(part), id);
  }
  return map;
});

/**
 * Reads the seller's category column: an id, an English or Chinese label or a loose form
 * ("late", "wrong item", "未收到"); failing that, words the keyword rules place in exactly one
 * category ("arrived broken"). Null when blank or not understood.
 */
export function readCategoryOverride(text: string): CategoryId | null {
  const key = aliasKey(text);
  if (key === '') return null;
  const direct = categoryAliases().get(key) ?? categoryAliases().get(key.replace(/\s+/g, ''));
  if (direct) return direct;
  const categories = new Set(findKeywords(text, 'override').map((m) => m.category));
  return categories.size === 1 ? [...categories][0] : null;
}
