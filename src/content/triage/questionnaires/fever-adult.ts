import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { answer, atLeast, atMost, rule, yes, yesNo, wholeNumber, all, not } from '../build';
import { SOURCES } from '../sources';

const ID = 'fever-adult';

export const feverAdult: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  ageRange: { min: 16 },
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'confused-or-slurred'),
    yesNo(ID, 'breathing-fast'),
    yesNo(ID, 'stiff-neck-or-light'),
    yesNo(ID, 'feel-very-unwell', { hint: true }),
    yesNo(ID, 'no-wee-today'),
    wholeNumber(ID, 'days', { min: 0, max: 90 }, { hint: true }),
  ],
  rules: [
    rule({ id: 'fa-sepsis-confused', disposition: 'call-999', when: yes('confused-or-slurred'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-sepsis-breathing', disposition: 'call-999', when: yes('breathing-fast'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-meningitis', disposition: 'call-999', when: yes('stiff-neck-or-light'), source: SOURCES.meningitis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-very-unwell', disposition: 'call-111', when: yes('feel-very-unwell'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-no-wee', disposition: 'call-111', when: yes('no-wee-today'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-long-fever', disposition: 'practice-today', when: answer(atLeast('days', 5)), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    rule({
      id: 'fa-short-self-care',
      disposition: 'self-care',
      when: all(answer(atMost('days', 2)), not(yes('feel-very-unwell'))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-18',
    }),
  ],
};
