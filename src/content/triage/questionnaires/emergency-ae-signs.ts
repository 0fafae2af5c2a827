import type { QuestionnaireItem, TriageRule } from '../../../domain/triage/types';
import { anyOf, rule, rulePerOption, ticked } from '../build';
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

/**
 * A fit (seizure) that has stopped, asked before the A&E list and waited for like the 999
 * signs, since a first one is a 999 sign. NHS "what to do if someone has a seizure": call
 * 999 for a first fit, one lasting more than 5 minutes, one they do not fully come round
 * from, or one where they were badly hurt. People with epilepsy do not need hospital every
 * time: a fit like their usual ones, that stopped within 5 minutes with them back to normal,
 * is no emergency here, and the topic's questions decide (a child who has had fits with a
 * high temperature before: fever-child asks about it).
 */
export function fitStopped(questionnaireId: string): QuestionnaireItem {
  return anyOf(questionnaireId, 'fit-stopped', ['first-or-long', 'usual'], { hint: true });
}

export function fitRules(prefix: string): TriageRule[] {
  return [
    rule({ id: `${prefix}-fit-first-or-long`, disposition: 'call-999', when: ticked('fit-stopped', 'first-or-long'), source: SOURCES.seizureFirstAid, hazard: 'HAZ-07' }),
  ];
}
