import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, female, isCode, oneOf, rule, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

const ID = 'abdominal-pain';

export const abdominalPain: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'vomiting-blood', { hint: true }),
    oneOf(ID, 'how-bad', ['mild', 'moderate', 'severe']),
    yesNo(ID, 'could-be-pregnant', { forPatient: { sex: 'female', age: { min: 11, max: 55 } } }),
    yesNo(ID, 'high-temperature'),
    oneOf(ID, 'how-long', ['under-2-days', '2-days-to-2-weeks', 'over-2-weeks'], {
      enableWhen: [isCode('how-bad', 'mild')],
    }),
  ],
  rules: [
    // Vomiting blood or black, sticky poo is bleeding inside the body.
    rule({ id: 'ap-vomiting-blood', disposition: 'go-to-ae', when: yes('vomiting-blood'), source: SOURCES.ae, hazard: 'HAZ-19' }),
    rule({ id: 'ap-severe-pain', disposition: 'call-111', when: ticked('how-bad', 'severe'), source: SOURCES.nhs111, hazard: 'HAZ-19' }),
    // Tummy pain in early pregnancy can be an ectopic pregnancy.
    rule({ id: 'ap-could-be-pregnant', disposition: 'call-111', when: all(female, yes('could-be-pregnant')), source: SOURCES.pregnancy, hazard: 'HAZ-19' }),
    rule({ id: 'ap-high-temperature', disposition: 'practice-today', when: yes('high-temperature'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    rule({ id: 'ap-mild-short-self-care', disposition: 'self-care', when: ticked('how-long', 'under-2-days'), source: SOURCES.pharmacyFirst, hazard: 'HAZ-18' }),
  ],
};
