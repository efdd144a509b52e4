/**
 * The letter's readiness for the sidebar's checklist steps 3 and 4 (issue 13): the same gaps the
 * plan sheet lists above the letter, said in the user's language.
 */
import { msg, render, type Locale } from '../i18n';
import type { PlanReadiness } from '../wire/types';
import { preparedInAdvance, type PlanOfAction } from './types';

/**
 * The readiness of `plan` — built from the data and what the seller filled in `planSheet`, their
 * latest plan — or, with no plan sheet yet, the one gap of writing it.
 */
export function planReadiness(
  plan: PlanOfAction,
  planSheet: string | null,
  locale: Locale,
): PlanReadiness {
  const gaps = plan.gaps.map((gap) => render(locale, gap.text));
  if (planSheet === null) gaps.unshift(render(locale, msg('plan.gap.noPlanSheet')));
  return {
    planSheet,
    ready: planSheet !== null && plan.gaps.length === 0,
    argued: plan.parts.map((p) => p.scope),
    preparation: preparedInAdvance(plan),
    gaps,
    characters: plan.letter.characters,
    flags: plan.letter.flags.length,
  };
}
