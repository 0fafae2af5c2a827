import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, anyOf, female, isCode, oneOf, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Tummy pain. The stomach ache page says "call 999 or go to A&E" for bleeding, sudden
 * severe pain, a tummy that hurts to touch, not being able to poo, fart or pee, and
 * vomiting with diabetes; an urgent GP appointment or 111 for pain that keeps coming
 * back, weight loss, long diarrhoea or vomiting, or burning when peeing.
 */
const ID = 'abdominal-pain';
const EMERGENCY = ['vomiting-blood', 'black-or-bloody-poo', 'sudden-severe', 'hurts-to-touch', 'cannot-poo-or-fart', 'cannot-pee', 'diabetes-vomiting'];
const SEE_GP_SOON = ['keeps-coming-back', 'weight-loss', 'diarrhoea-over-7-days', 'vomiting-over-2-days', 'burns-to-pee'];

export const abdominalPain: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    anyOf(ID, 'emergency-signs', EMERGENCY, { hint: true }),
    oneOf(ID, 'how-bad', ['mild', 'moderate', 'severe']),
    yesNo(ID, 'could-be-pregnant', { forPatient: { sex: 'female', age: { min: 11, max: 55 } } }),
    yesNo(ID, 'moves-lower-right', { hint: true }),
    yesNo(ID, 'high-temperature'),
    anyOf(ID, 'see-gp-soon', SEE_GP_SOON),
    oneOf(ID, 'how-long', ['under-2-days', '2-days-to-2-weeks', 'over-2-weeks'], { enableWhen: [isCode('how-bad', 'mild')] }),
  ],
  rules: [
    // "Call 999 or go to A&E": bleeding inside the body, a surgical emergency, or a diabetic emergency.
    rule({ id: 'ap-vomiting-blood', disposition: 'go-to-ae', when: tickedAny('emergency-signs', ['vomiting-blood', 'black-or-bloody-poo']), source: SOURCES.stomachAche, hazard: 'HAZ-19' }),
    rule({
      id: 'ap-surgical-emergency',
      disposition: 'go-to-ae',
      when: tickedAny('emergency-signs', ['sudden-severe', 'hurts-to-touch', 'cannot-poo-or-fart', 'cannot-pee']),
      source: SOURCES.stomachAche,
      hazard: 'HAZ-19',
    }),
    rule({ id: 'ap-diabetes-vomiting', disposition: 'go-to-ae', when: ticked('emergency-signs', 'diabetes-vomiting'), source: SOURCES.stomachAche, hazard: 'HAZ-19' }),
    rule({ id: 'ap-severe-pain', disposition: 'call-111', when: ticked('how-bad', 'severe'), source: SOURCES.stomachAche, hazard: 'HAZ-19' }),
    // Tummy pain in early pregnancy can be an ectopic pregnancy.
    rule({ id: 'ap-could-be-pregnant', disposition: 'call-111', when: all(female, yes('could-be-pregnant')), source: SOURCES.ectopicPregnancy, hazard: 'HAZ-19' }),
    rule({ id: 'ap-appendicitis', disposition: 'call-111', when: yes('moves-lower-right'), source: SOURCES.appendicitis, hazard: 'HAZ-19' }),
    rule({ id: 'ap-see-gp-soon', disposition: 'practice-today', when: tickedAny('see-gp-soon', SEE_GP_SOON), source: SOURCES.stomachAche, hazard: 'HAZ-13' }),
    rule({ id: 'ap-high-temperature', disposition: 'practice-today', when: yes('high-temperature'), source: SOURCES.stomachAche, hazard: 'HAZ-13' }),
    rule({ id: 'ap-mild-short-self-care', disposition: 'self-care', when: ticked('how-long', 'under-2-days'), source: SOURCES.stomachAche, hazard: 'HAZ-18' }),
  ],
};
