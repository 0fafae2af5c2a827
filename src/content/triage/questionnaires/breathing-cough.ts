import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, isCode, isYes, not, oneOf, rule, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

const ID = 'breathing-cough';

export const breathingCough: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'too-breathless-to-speak'),
    yesNo(ID, 'has-asthma'),
    yesNo(ID, 'inhaler-not-helping', { hint: true, enableWhen: [isYes('has-asthma')] }),
    yesNo(ID, 'getting-more-breathless'),
    yesNo(ID, 'coughing-blood'),
    oneOf(ID, 'main-problem', ['cough', 'blocked-nose-face-pain', 'other']),
    oneOf(ID, 'cough-length', ['under-3-weeks', '3-weeks-or-more'], { enableWhen: [isCode('main-problem', 'cough')] }),
    oneOf(ID, 'sinus-length', ['under-10-days', '10-days-or-more'], { enableWhen: [isCode('main-problem', 'blocked-nose-face-pain')] }),
  ],
  rules: [
    rule({ id: 'bc-too-breathless', disposition: 'call-999', when: yes('too-breathless-to-speak'), source: SOURCES.call999, hazard: 'HAZ-04' }),
    rule({
      id: 'bc-asthma-attack',
      disposition: 'call-999',
      when: all(yes('has-asthma'), yes('inhaler-not-helping')),
      source: SOURCES.asthmaAttack,
      hazard: 'HAZ-04',
    }),
    rule({ id: 'bc-more-breathless', disposition: 'call-111', when: yes('getting-more-breathless'), source: SOURCES.nhs111, hazard: 'HAZ-04' }),
    rule({ id: 'bc-coughing-blood', disposition: 'call-111', when: yes('coughing-blood'), source: SOURCES.pulmonaryEmbolism, hazard: 'HAZ-12' }),
    // Pharmacy First sinusitis: 12 and over. Younger children see the practice.
    rule({
      id: 'bc-pharmacy-sinusitis',
      disposition: 'pharmacy',
      pharmacyCondition: 'sinusitis',
      when: all(ticked('main-problem', 'blocked-nose-face-pain'), ageFrom(12)),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    rule({
      id: 'bc-sinus-under-12',
      disposition: 'practice-today',
      when: all(ticked('main-problem', 'blocked-nose-face-pain'), ageUpTo(11)),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    rule({
      id: 'bc-short-cough-self-care',
      disposition: 'self-care',
      when: all(ticked('cough-length', 'under-3-weeks'), not(yes('has-asthma'))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-18',
    }),
  ],
};
