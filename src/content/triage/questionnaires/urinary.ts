import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, all, anyOf, female, isYes, male, not, rule, tickedAny, yes, yesNo, any, ageUpTo } from '../build';
import { SOURCES } from '../sources';

const ID = 'urinary';
const SYMPTOMS = ['burning', 'more-often', 'urgent', 'cloudy', 'blood', 'lower-tummy-pain'];
const hasSymptoms = tickedAny('symptoms', SYMPTOMS);

export const urinary: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    anyOf(ID, 'symptoms', SYMPTOMS),
    yesNo(ID, 'kidney-signs', { hint: true }),
    yesNo(ID, 'pregnant', { forPatient: { sex: 'female', age: { min: 11, max: 55 } } }),
    yesNo(ID, 'recurrent', { hint: true }),
    yesNo(ID, 'catheter', { enableWhen: [isYes('recurrent')], required: false }),
  ],
  rules: [
    rule({ id: 'ur-kidney-infection', disposition: 'call-111', when: yes('kidney-signs'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    // Pharmacy First exclusions: men, pregnancy, recurrent infection. These need a prescriber today.
    rule({ id: 'ur-male', disposition: 'practice-today', when: all(male, hasSymptoms), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({ id: 'ur-pregnant', disposition: 'practice-today', when: all(female, yes('pregnant')), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({ id: 'ur-recurrent', disposition: 'practice-today', when: all(hasSymptoms, yes('recurrent')), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({
      id: 'ur-female-outside-ages',
      disposition: 'practice-today',
      when: all(female, hasSymptoms, any(ageUpTo(15), ageFrom(65))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    // Pharmacy First uncomplicated UTI: women 16 to 64.
    rule({
      id: 'ur-pharmacy-uti',
      disposition: 'pharmacy',
      pharmacyCondition: 'uti',
      when: all(female, ageFrom(16, 64), hasSymptoms, not(yes('pregnant')), not(yes('recurrent'))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
  ],
};
