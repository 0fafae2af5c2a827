import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, anyOf, isNo, isYes, rule, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

const ID = 'chest-pain';

export const chestPain: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'pain-now'),
    yesNo(ID, 'pain-spreads', { hint: true, enableWhen: [isYes('pain-now')] }),
    anyOf(ID, 'other-signs', ['sweating', 'short-of-breath', 'feeling-sick', 'dizzy', 'anxious'], { enableWhen: [isYes('pain-now')] }),
    yesNo(ID, 'worse-breathing-in', { hint: true }),
    yesNo(ID, 'swollen-leg', { hint: true }),
    yesNo(ID, 'pain-recent', { enableWhen: [isNo('pain-now')] }),
  ],
  rules: [
    // Heart attack: chest pain with spread or any of the listed companions — call 999.
    rule({ id: 'cp-heart-attack-spread', disposition: 'call-999', when: all(yes('pain-now'), yes('pain-spreads')), source: SOURCES.heartAttack, hazard: 'HAZ-01' }),
    rule({
      id: 'cp-heart-attack-signs',
      disposition: 'call-999',
      when: all(yes('pain-now'), tickedAny('other-signs', ['sweating', 'short-of-breath', 'feeling-sick', 'dizzy', 'anxious'])),
      source: SOURCES.heartAttack,
      hazard: 'HAZ-01',
    }),
    // Pulmonary embolism: chest pain worse on breathing in, breathlessness, coughing blood.
    rule({ id: 'cp-pulmonary-embolism', disposition: 'call-999', when: yes('worse-breathing-in'), source: SOURCES.pulmonaryEmbolism, hazard: 'HAZ-12' }),
    rule({ id: 'cp-dvt', disposition: 'call-111', when: yes('swollen-leg'), source: SOURCES.dvt, hazard: 'HAZ-12' }),
    // Chest pain now with none of the heart attack signs still needs help fast.
    rule({ id: 'cp-pain-now', disposition: 'call-111', when: yes('pain-now'), source: SOURCES.nhs111, hazard: 'HAZ-01' }),
    rule({ id: 'cp-pain-recent', disposition: 'call-111', when: yes('pain-recent'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
  ],
};
