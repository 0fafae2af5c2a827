import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, answer, any, anyOf, atLeast, atMost, rule, tickedAny, wholeNumber, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * A high temperature in a child under 16. The fever in children and sepsis pages: 999 or
 * A&E for the signs of sepsis and meningitis; 111 or an urgent GP appointment for a baby
 * with a high temperature, dehydration, and (under 5) repeated vomiting or no wee for 12
 * hours; the same day for a temperature over 5 days, or a child not their usual self.
 * A first fit is A&E or 999 (serious signs, and the emergency screen's "a fit that has
 * stopped"); another short fit in a child who has had fits with a high temperature before
 * is an urgent GP appointment or 111 (febrile seizures page).
 */
const ID = 'fever-child';
const DEHYDRATION_SIGNS = ['sunken-eyes', 'dry-mouth', 'no-tears', 'sunken-soft-spot'];
const SERIOUS = ['stiff-neck', 'bothered-by-light', 'cold-hands-feet', 'bulging-soft-spot', 'first-fit'];

export const feverChild: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  ageRange: { max: 15 },
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'sleepy-hard-to-wake'),
    yesNo(ID, 'breathing-fast'),
    yesNo(ID, 'rash-not-fading', { hint: true }),
    anyOf(ID, 'serious-signs', SERIOUS, { hint: true }),
    yesNo(ID, 'another-fit', { hint: true }),
    yesNo(ID, 'temperature-38'),
    yesNo(ID, 'vomiting-repeatedly'),
    yesNo(ID, 'no-wee-12-hours'),
    anyOf(ID, 'dehydration-signs', DEHYDRATION_SIGNS),
    yesNo(ID, 'chemotherapy', { hint: true }),
    yesNo(ID, 'malaria-travel', { hint: true }),
    yesNo(ID, 'rash', { hint: true }),
    yesNo(ID, 'not-usual-self', { hint: true }),
    wholeNumber(ID, 'days', { min: 0, max: 90 }, { hint: true }),
  ],
  rules: [
    rule({ id: 'fc-sepsis-sleepy', disposition: 'call-999', when: yes('sleepy-hard-to-wake'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fc-sepsis-breathing', disposition: 'call-999', when: yes('breathing-fast'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fc-sepsis-rash', disposition: 'call-999', when: yes('rash-not-fading'), source: SOURCES.meningitis, hazard: 'HAZ-03' }),
    rule({ id: 'fc-meningitis', disposition: 'call-999', when: tickedAny('serious-signs', ['stiff-neck', 'bothered-by-light']), source: SOURCES.meningitis, hazard: 'HAZ-03' }),
    // Fever in children page: "go to A&E or call 999" for these.
    rule({
      id: 'fc-serious-signs',
      disposition: 'go-to-ae',
      when: tickedAny('serious-signs', ['cold-hands-feet', 'bulging-soft-spot', 'first-fit']),
      source: SOURCES.feverChildren,
      hazard: 'HAZ-10',
    }),
    rule({ id: 'fc-another-fit', disposition: 'practice-today', when: yes('another-fit'), source: SOURCES.febrileSeizures, hazard: 'HAZ-07' }),
    // A baby with a high temperature needs help fast; whole years make "under 3 months" "under 1" (more urgent).
    rule({ id: 'fc-baby-temperature', disposition: 'call-111', when: all(ageUpTo(0), yes('temperature-38')), source: SOURCES.feverChildren, hazard: 'HAZ-10' }),
    rule({ id: 'fc-under-5-vomiting', disposition: 'call-111', when: all(ageUpTo(4), yes('vomiting-repeatedly')), source: SOURCES.sepsis, hazard: 'HAZ-10' }),
    rule({ id: 'fc-under-5-no-wee', disposition: 'call-111', when: all(ageUpTo(4), yes('no-wee-12-hours')), source: SOURCES.sepsis, hazard: 'HAZ-10' }),
    rule({ id: 'fc-dehydration', disposition: 'call-111', when: tickedAny('dehydration-signs', DEHYDRATION_SIGNS), source: SOURCES.dehydration, hazard: 'HAZ-10' }),
    rule({
      id: 'fc-older-vomiting-or-no-wee',
      disposition: 'practice-today',
      when: all(ageFrom(5), any(yes('vomiting-repeatedly'), yes('no-wee-12-hours'))),
      source: SOURCES.dehydration,
      hazard: 'HAZ-10',
    }),
    rule({ id: 'fc-chemotherapy', disposition: 'go-to-ae', when: yes('chemotherapy'), source: SOURCES.chemotherapySideEffects, hazard: 'HAZ-03' }),
    rule({ id: 'fc-malaria-travel', disposition: 'call-111', when: yes('malaria-travel'), source: SOURCES.malaria, hazard: 'HAZ-03' }),
    // Fever in children page: other signs of illness, such as a rash, with a high temperature.
    rule({ id: 'fc-rash', disposition: 'practice-today', when: yes('rash'), source: SOURCES.feverChildren, hazard: 'HAZ-10' }),
    rule({ id: 'fc-not-usual-self', disposition: 'practice-today', when: yes('not-usual-self'), source: SOURCES.feverChildren, hazard: 'HAZ-10' }),
    rule({ id: 'fc-long-fever', disposition: 'practice-today', when: answer(atLeast('days', 5)), source: SOURCES.feverChildren, hazard: 'HAZ-13' }),
    rule({
      id: 'fc-short-self-care',
      disposition: 'self-care',
      when: all(ageFrom(1), answer(atMost('days', 2))),
      source: SOURCES.feverChildren,
      hazard: 'HAZ-18',
    }),
  ],
};
