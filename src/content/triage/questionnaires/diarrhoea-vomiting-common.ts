import type { TriageRule } from '../../../domain/triage/types';
import { all, any, isCode, not, rulePerOption, ticked, yes, yesNo } from '../build';
import type { ItemOptions } from '../build';
import { SOURCES } from '../sources';

/**
 * What the three diarrhoea and vomiting questionnaires (adult, child, baby) share. NHS.UK
 * diarrhoea and vomiting page: "call 999 or go to A&E" for sick with blood or like ground
 * coffee, green or yellow-green sick, something poisonous swallowed, a stiff neck with pain
 * looking at bright lights, a sudden severe headache or tummy ache.
 */
export const EMERGENCY_SIGNS = ['vomit-blood', 'green-vomit', 'poison', 'stiff-neck-light', 'sudden-severe-pain'] as const;
export const WHICH = ['diarrhoea', 'vomiting', 'both'] as const;

export function emergencyRules(prefix: string, codes: readonly (typeof EMERGENCY_SIGNS)[number][] = EMERGENCY_SIGNS): TriageRule[] {
  return rulePerOption(
    'emergency-signs',
    codes.map((code) => ({ code, id: `${prefix}-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-32' as const })),
  );
}

const hasDiarrhoea: ItemOptions = { enableWhen: [isCode('which', 'diarrhoea'), isCode('which', 'both')], enableBehavior: 'any' };
const hasVomiting: ItemOptions = { enableWhen: [isCode('which', 'vomiting'), isCode('which', 'both')], enableBehavior: 'any' };

/** Diarrhoea for more than 7 days, or being sick for more than 2 days (asked only of those who have it). */
export const durationItems = (id: string) => [yesNo(id, 'diarrhoea-over-7-days', hasDiarrhoea), yesNo(id, 'vomiting-over-2-days', hasVomiting)];

export const longIllness = any(yes('diarrhoea-over-7-days'), yes('vomiting-over-2-days'));
/** Answered which it is, and none of the long-illness answers. */
export const shortIllness = all(
  any(...WHICH.map((code) => ticked('which', code))),
  not(yes('diarrhoea-over-7-days')),
  not(yes('vomiting-over-2-days')),
);
