import type { TriageRule } from '../../../domain/triage/types';
import { rulePerOption } from '../build';
import { SOURCES } from '../sources';

/** The NHS "when to go to A&E" list: the same for adults and children. */
export const AE_SIGNS = [
  'lost-consciousness',
  'confused-suddenly',
  'fits-not-stopping',
  'chest-pain-severe',
  'breathing-difficulty',
  'bleeding-not-stopping',
  'allergic-reaction',
  'burns',
] as const;

/**
 * Each A&E item sends the patient to A&E, as the A&E page says. The 999 page's own
 * signs (a seizure, chest pain that feels like pressure, heaviness, tightness or
 * squeezing) are asked before this list, so an A&E answer here comes from a patient who
 * has already said no to every 999 sign (docs/clinical-safety/journey.md). The page's
 * "acute confused state" is confusion that came on suddenly: confusion that has grown over
 * days belongs to the topic questions, not to A&E.
 */
export function aeRules(question: string, prefix: string): TriageRule[] {
  return rulePerOption(question, [
    { code: 'lost-consciousness', id: `${prefix}-ae-lost-consciousness`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-07' },
    { code: 'confused-suddenly', id: `${prefix}-ae-confused`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-07' },
    { code: 'fits-not-stopping', id: `${prefix}-ae-fits`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-07' },
    { code: 'chest-pain-severe', id: `${prefix}-ae-chest-pain`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-01' },
    { code: 'breathing-difficulty', id: `${prefix}-ae-breathing`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-04' },
    { code: 'bleeding-not-stopping', id: `${prefix}-ae-bleeding`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-06' },
    { code: 'allergic-reaction', id: `${prefix}-ae-allergic-reaction`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-05' },
    { code: 'burns', id: `${prefix}-ae-burns`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-06' },
  ]);
}
