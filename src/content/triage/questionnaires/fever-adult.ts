import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, answer, atLeast, atMost, female, not, rule, wholeNumber, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * A high temperature in someone 16 or over. The sepsis page sends confusion or very fast
 * breathing to 999, and feeling very unwell, no pee all day, vomiting that will not stop,
 * or a red, swollen wound to 111 or an urgent GP appointment.
 */
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
    yesNo(ID, 'keep-vomiting'),
    yesNo(ID, 'wound-red-swollen'),
    yesNo(ID, 'chemotherapy', { hint: true }),
    yesNo(ID, 'weak-immune', { hint: true }),
    yesNo(ID, 'malaria-travel', { hint: true }),
    yesNo(ID, 'pregnant', { forPatient: { sex: 'female', age: { min: 16, max: 55 } } }),
    wholeNumber(ID, 'days', { min: 0, max: 90 }, { hint: true }),
  ],
  rules: [
    rule({ id: 'fa-sepsis-confused', disposition: 'call-999', when: yes('confused-or-slurred'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-sepsis-breathing', disposition: 'call-999', when: yes('breathing-fast'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-meningitis', disposition: 'call-999', when: yes('stiff-neck-or-light'), source: SOURCES.meningitis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-very-unwell', disposition: 'call-111', when: yes('feel-very-unwell'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-no-wee', disposition: 'call-111', when: yes('no-wee-today'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-keep-vomiting', disposition: 'call-111', when: yes('keep-vomiting'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fa-wound', disposition: 'call-111', when: yes('wound-red-swollen'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    // A temperature during chemotherapy can be neutropenic sepsis: the chemotherapy page says
    // call the 24-hour chemotherapy helpline or go to A&E straight away.
    rule({ id: 'fa-chemotherapy', disposition: 'go-to-ae', when: yes('chemotherapy'), source: SOURCES.chemotherapySideEffects, hazard: 'HAZ-03' }),
    // Malaria page: a temperature within a year of visiting a malaria area, an urgent GP appointment or 111.
    rule({ id: 'fa-malaria-travel', disposition: 'call-111', when: yes('malaria-travel'), source: SOURCES.malaria, hazard: 'HAZ-03' }),
    rule({ id: 'fa-pregnant', disposition: 'practice-today', when: all(female, yes('pregnant')), source: SOURCES.pregnancyCommonSymptoms, hazard: 'HAZ-09' }),
    rule({ id: 'fa-weak-immune', disposition: 'call-111', when: yes('weak-immune'), source: SOURCES.feverAdults, hazard: 'HAZ-03' }),
    rule({ id: 'fa-long-fever', disposition: 'practice-today', when: answer(atLeast('days', 5)), source: SOURCES.feverAdults, hazard: 'HAZ-13' }),
    rule({
      id: 'fa-short-self-care',
      disposition: 'self-care',
      when: all(answer(atMost('days', 2)), not(yes('feel-very-unwell')), not(yes('pregnant'))),
      source: SOURCES.feverAdults,
      hazard: 'HAZ-18',
    }),
  ],
};
