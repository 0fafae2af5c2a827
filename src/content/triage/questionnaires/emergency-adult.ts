import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { anyOf, rulePerOption } from '../build';
import { SOURCES } from '../sources';
import { AE_SIGNS, aeRules, fitRules, fitStopped } from './emergency-ae-signs';

/**
 * Every medical request from someone 16 or over meets this first, before any personal
 * details. Each option is one item of the NHS "when to call 999" adult list, and one
 * rule. "None of these" must be ticked to go on, so no red flag is skipped by accident.
 */
const ID = 'emergency-adult';

export const emergencyAdult: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  ageRange: { min: 16 },
  defaultDisposition: 'routine',
  // Only a 999 answer ends the journey here: after an A&E answer, the topic may still reach 999
  // (docs/clinical-safety/journey.md).
  endsJourney: { atOrAbove: 'call-999', onceAnswered: ['signs-now', 'signs-now-more', 'fit-stopped'] },
  item: [
    anyOf(ID, 'signs-now', ['heart-attack', 'stroke', 'sudden-confusion', 'severe-breathing', 'seizure-or-unconscious', 'swelling'], { hint: true }),
    anyOf(ID, 'signs-now-more', ['heavy-bleeding', 'severe-injury', 'suicide-attempt', 'labour', 'skin-colour', 'rash-not-fading', 'fever-stiff-neck'], { hint: true }),
    fitStopped(ID),
    anyOf(ID, 'ae-signs', AE_SIGNS, { hint: true }),
  ],
  rules: [
    ...rulePerOption('signs-now', [
      { code: 'heart-attack', id: 'em-adult-heart-attack', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-01' },
      { code: 'stroke', id: 'em-adult-stroke', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-02' },
      { code: 'sudden-confusion', id: 'em-adult-sudden-confusion', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-07' },
      { code: 'severe-breathing', id: 'em-adult-severe-breathing', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-04' },
      { code: 'seizure-or-unconscious', id: 'em-adult-seizure-unconscious', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-07' },
      { code: 'swelling', id: 'em-adult-swelling', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-05' },
    ]),
    ...rulePerOption('signs-now-more', [
      { code: 'heavy-bleeding', id: 'em-adult-heavy-bleeding', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-06' },
      { code: 'severe-injury', id: 'em-adult-severe-injury', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-06' },
      {
        code: 'suicide-attempt',
        id: 'em-adult-suicide-attempt',
        disposition: 'call-999',
        source: SOURCES.call999,
        hazard: 'HAZ-08',
        outcome: 'mental-health-999',
      },
      { code: 'labour', id: 'em-adult-labour', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-09' },
      { code: 'skin-colour', id: 'em-adult-sepsis-skin', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-03' },
      { code: 'rash-not-fading', id: 'em-adult-sepsis-rash', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-03' },
      { code: 'fever-stiff-neck', id: 'em-adult-fever-stiff-neck', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-03' },
    ]),
    ...fitRules('em-adult'),
    ...aeRules('ae-signs', 'em-adult'),
  ],
};
