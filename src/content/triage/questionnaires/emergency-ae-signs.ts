import type { QuestionnaireItem, TriageRule } from '../../../domain/triage/types';
import { all, isCode, not, rule, rulePerOption, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * The NHS "when to go to A&E" list: the same for adults and children, with a fit that has
 * stopped as its own option, since what it needs hangs on whether it was a first fit.
 */
export const AE_SIGNS = [
  'lost-consciousness',
  'fit-stopped',
  'confused-suddenly',
  'fits-not-stopping',
  'chest-pain-severe',
  'breathing-difficulty',
  'bleeding-not-stopping',
  'allergic-reaction',
  'burns',
] as const;

/**
 * Each A&E item sends the patient to A&E, as the A&E page says, except a fit that has
 * stopped (fitRules below). The 999 page's own
 * signs (a seizure, chest pain that feels like pressure, heaviness, tightness or
 * squeezing) are asked before this list, so an A&E answer here comes from a patient who
 * has already said no to every 999 sign (docs/clinical-safety/journey.md). The page's
 * "acute confused state" is confusion that came on suddenly: confusion that has grown over
 * days belongs to the topic questions, not to A&E.
 */
export function aeRules(question: string, prefix: string): TriageRule[] {
  const perOption = rulePerOption(question, [
    { code: 'lost-consciousness', id: `${prefix}-ae-lost-consciousness`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-07' },
    { code: 'confused-suddenly', id: `${prefix}-ae-confused`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-07' },
    { code: 'fits-not-stopping', id: `${prefix}-ae-fits`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-07' },
    { code: 'chest-pain-severe', id: `${prefix}-ae-chest-pain`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-01' },
    { code: 'breathing-difficulty', id: `${prefix}-ae-breathing`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-04' },
    { code: 'bleeding-not-stopping', id: `${prefix}-ae-bleeding`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-06' },
    { code: 'allergic-reaction', id: `${prefix}-ae-allergic-reaction`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-05' },
    { code: 'burns', id: `${prefix}-ae-burns`, disposition: 'go-to-ae', source: SOURCES.ae, hazard: 'HAZ-06' },
  ]);
  return [...perOption, ...fitRules(question, prefix)];
}

/**
 * Asked only after "a fit that has stopped": whether it was like the person's usual fits.
 * Not sure, or not answered, counts as no.
 */
export function fitFollowUp(questionnaireId: string, question: string): QuestionnaireItem {
  return yesNo(questionnaireId, 'fit-usual', { hint: true, enableWhen: [isCode(question, 'fit-stopped')] });
}

/**
 * NHS "what to do if someone has a seizure": call 999 for a first fit, one lasting more than
 * 5 minutes, one they do not fully come round from, or one where they were badly hurt.
 * People with epilepsy do not need hospital every time: a usual fit that stopped within 5
 * minutes, with them back to normal, gives no emergency here, and the topic's questions
 * decide (a child with fits with a high temperature before: fever-child asks about it).
 */
function fitRules(question: string, prefix: string): TriageRule[] {
  return [
    rule({
      id: `${prefix}-fit-first-or-long`,
      disposition: 'call-999',
      when: all(ticked(question, 'fit-stopped'), not(yes('fit-usual'))),
      source: SOURCES.seizureFirstAid,
      hazard: 'HAZ-07',
    }),
  ];
}
