import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { anyOf, rulePerOption } from '../build';
import { SOURCES } from '../sources';
import { AE_SIGNS, aeRules, fitRules, fitStopped } from './emergency-ae-signs';

/**
 * The emergency screen for a child under 16, asked of the parent or carer. Each option
 * is one item of the NHS "when to call 999" children's list.
 */
const ID = 'emergency-child';

export const emergencyChild: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  ageRange: { max: 15 },
  defaultDisposition: 'routine',
  // Only a 999 answer ends the journey here: after an A&E answer, the topic may still reach 999
  // (docs/clinical-safety/journey.md).
  endsJourney: { atOrAbove: 'call-999', onceAnswered: ['signs-now', 'signs-now-more', 'sepsis-signs', 'fit-stopped'] },
  item: [
    anyOf(ID, 'signs-now', ['seizure-or-cannot-wake', 'choking', 'breathing-or-drooling', 'cannot-stay-awake', 'skin-colour', 'floppy'], { hint: true }),
    anyOf(ID, 'signs-now-more', ['heavy-bleeding', 'severe-injury', 'stroke', 'swelling', 'confused-or-crying'], { hint: true }),
    // Grouped as the sepsis page groups a baby's or young child's signs.
    anyOf(ID, 'sepsis-signs', ['rash-not-fading', 'weak-cry', 'not-responding', 'sleepy', 'fever-stiff-neck'], { hint: true }),
    fitStopped(ID),
    anyOf(ID, 'ae-signs', AE_SIGNS, { hint: true }),
  ],
  rules: [
    ...rulePerOption('signs-now', [
      { code: 'seizure-or-cannot-wake', id: 'em-child-seizure-cannot-wake', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-07' },
      { code: 'choking', id: 'em-child-choking', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-04' },
      // Drooling because the throat is too swollen to swallow is a breathing emergency too
      // (sore throat page, https://www.nhs.uk/conditions/sore-throat/: call 999).
      { code: 'breathing-or-drooling', id: 'em-child-breathing', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-04' },
      { code: 'cannot-stay-awake', id: 'em-child-cannot-stay-awake', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-10' },
      { code: 'skin-colour', id: 'em-child-skin-colour', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-03' },
      { code: 'floppy', id: 'em-child-floppy', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-10' },
    ]),
    ...rulePerOption('signs-now-more', [
      { code: 'heavy-bleeding', id: 'em-child-heavy-bleeding', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-06' },
      { code: 'severe-injury', id: 'em-child-severe-injury', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-06' },
      { code: 'stroke', id: 'em-child-stroke', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-02' },
      { code: 'swelling', id: 'em-child-swelling', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-05' },
      { code: 'confused-or-crying', id: 'em-child-confused-crying', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-07' },
    ]),
    ...rulePerOption('sepsis-signs', [
      { code: 'rash-not-fading', id: 'em-child-sepsis-rash', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-03' },
      { code: 'weak-cry', id: 'em-child-sepsis-weak-cry', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-03' },
      // "Not responding like they normally do, or not interested in feeding or normal activities" is one sign on the sepsis page.
      { code: 'not-responding', id: 'em-child-sepsis-not-responding', disposition: 'call-999', source: SOURCES.sepsis, hazard: 'HAZ-03' },
      { code: 'sleepy', id: 'em-child-sepsis-sleepy', disposition: 'call-999', source: SOURCES.sepsis, hazard: 'HAZ-03' },
      { code: 'fever-stiff-neck', id: 'em-child-fever-stiff-neck', disposition: 'call-999', source: SOURCES.call999, hazard: 'HAZ-03' },
    ]),
    ...fitRules('em-child'),
    ...aeRules('ae-signs', 'em-child'),
  ],
};
