import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, anyOf, female, isCode, not, oneOf, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Tummy pain. The stomach ache page says "call 999 or go to A&E" for bleeding, sudden
 * severe pain, a tummy that hurts to touch, not being able to poo, fart or pee, and
 * vomiting with diabetes; a GP for pain that keeps coming back, weight loss, long diarrhoea
 * or vomiting, or burning when peeing; a pharmacist for indigestion, wind, constipation or
 * period pain. The aneurysm page sends sudden severe tummy or back pain with fainting to 999.
 */
const ID = 'abdominal-pain';
const EMERGENCY = ['vomiting-blood', 'black-or-bloody-poo', 'sudden-severe', 'hurts-to-touch', 'cannot-poo-or-fart', 'cannot-pee', 'diabetes-vomiting'];
const SEE_GP_SOON = ['keeps-coming-back', 'weight-loss', 'diarrhoea-over-7-days', 'vomiting-over-2-days', 'burns-to-pee'];
// Common causes a pharmacist can help with (stomach ache page: antacids, laxatives, painkillers).
const COMMON_CAUSES = ['indigestion-or-wind', 'constipation', 'period-pain'];

export const abdominalPain: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    anyOf(ID, 'emergency-signs', EMERGENCY, { hint: true }),
    yesNo(ID, 'faint-or-through-to-back', { enableWhen: [isCode('emergency-signs', 'sudden-severe')] }),
    oneOf(ID, 'how-bad', ['mild', 'moderate', 'severe']),
    yesNo(ID, 'could-be-pregnant', { forPatient: { sex: 'female', age: { min: 11, max: 55 } } }),
    yesNo(ID, 'moves-lower-right', { hint: true }),
    yesNo(ID, 'high-temperature'),
    anyOf(ID, 'see-gp-soon', SEE_GP_SOON),
    anyOf(ID, 'common-cause', COMMON_CAUSES, { hint: true }),
    oneOf(ID, 'how-long', ['under-2-days', '2-days-to-2-weeks', 'over-2-weeks'], { enableWhen: [isCode('how-bad', 'mild')] }),
  ],
  rules: [
    // "Call 999 or go to A&E": bleeding inside the body, a surgical emergency, or a diabetic emergency.
    rule({ id: 'ap-vomiting-blood', disposition: 'go-to-ae', when: tickedAny('emergency-signs', ['vomiting-blood', 'black-or-bloody-poo']), source: SOURCES.stomachAche, hazard: 'HAZ-19' }),
    // A burst abdominal aortic aneurysm: sudden severe tummy pain going through to the back,
    // or with feeling faint, dizzy or sweaty, is a 999 emergency.
    rule({
      id: 'ap-aortic-aneurysm',
      disposition: 'call-999',
      when: all(ticked('emergency-signs', 'sudden-severe'), yes('faint-or-through-to-back')),
      source: SOURCES.aorticAneurysm,
      hazard: 'HAZ-19',
    }),
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
    // The stomach ache page: "see a GP" (not urgently) for these.
    rule({ id: 'ap-see-gp', disposition: 'routine', when: tickedAny('see-gp-soon', SEE_GP_SOON), source: SOURCES.stomachAche, hazard: 'HAZ-18' }),
    rule({ id: 'ap-high-temperature', disposition: 'practice-today', when: yes('high-temperature'), source: SOURCES.stomachAche, hazard: 'HAZ-13' }),
    rule({
      id: 'ap-common-cause-self-care',
      disposition: 'self-care',
      when: all(tickedAny('common-cause', COMMON_CAUSES), not(ticked('how-bad', 'severe')), not(tickedAny('see-gp-soon', SEE_GP_SOON))),
      source: SOURCES.stomachAche,
      hazard: 'HAZ-18',
    }),
    rule({ id: 'ap-mild-short-self-care', disposition: 'self-care', when: ticked('how-long', 'under-2-days'), source: SOURCES.stomachAche, hazard: 'HAZ-18' }),
  ],
};
