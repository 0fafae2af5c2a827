import type { TriageRule } from '../../../domain/triage/types';
import { rulePerOption } from '../build';
import { SOURCES } from '../sources';

/** The NHS "when to go to A&E" list: the same for adults and children. */
export const AE_SIGNS = [
  'lost-consciousness',
  'confused-state',
  'fits-not-stopping',
  'chest-pain-severe',
  'breathing-difficulty',
  'bleeding-not-stopping',
  'allergic-reaction',
  'burns',
] as const;

/**
 * Two A&E items go to 999 instead: fits that keep coming are "a seizure" on the 999
 * page, and severe chest pain that will not go is a heart attack sign on the heart
 * attack page ("call 999"). Sending these to 999 is the safer reading of both pages.
 */
export function aeRules(question: string, prefix: string): TriageRule[] {
  return rulePerOption(question, [
    { code: 'lost-consciousness', id: `${prefix}-ae-lost-consciousness`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-07' },
    { code: 'confused-state', id: `${prefix}-ae-confused`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-07' },
    { code: 'fits-not-stopping', id: `${prefix}-ae-fits`, disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-07' },
    { code: 'chest-pain-severe', id: `${prefix}-ae-chest-pain`, disposition: 'call-999', source: SOURCES.heartAttack, hazard: 'HAZ-01' },
    { code: 'breathing-difficulty', id: `${prefix}-ae-breathing`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-04' },
    { code: 'bleeding-not-stopping', id: `${prefix}-ae-bleeding`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-06' },
    { code: 'allergic-reaction', id: `${prefix}-ae-allergic-reaction`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-05' },
    { code: 'burns', id: `${prefix}-ae-burns`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-06' },
  ]);
}
