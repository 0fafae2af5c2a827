import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, answer, anyOf, atLeast, atMost, rule, tickedAny, wholeNumber, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

const ID = 'fever-child';
const DEHYDRATION_SIGNS = ['sunken-eyes', 'dry-mouth', 'no-tears', 'cold-hands-feet'];

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
    yesNo(ID, 'temperature-38'),
    yesNo(ID, 'vomiting-repeatedly'),
    yesNo(ID, 'no-wee-12-hours'),
    anyOf(ID, 'dehydration-signs', DEHYDRATION_SIGNS),
    wholeNumber(ID, 'days', { min: 0, max: 90 }, { hint: true }),
  ],
  rules: [
    rule({ id: 'fc-sepsis-sleepy', disposition: 'call-999', when: yes('sleepy-hard-to-wake'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fc-sepsis-breathing', disposition: 'call-999', when: yes('breathing-fast'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'fc-sepsis-rash', disposition: 'call-999', when: yes('rash-not-fading'), source: SOURCES.meningitis, hazard: 'HAZ-03' }),
    // A baby with a high temperature needs help fast; under 1 is a deliberately wide net.
    rule({ id: 'fc-baby-temperature', disposition: 'call-111', when: all(ageUpTo(0), yes('temperature-38')), source: SOURCES.nhs111, hazard: 'HAZ-10' }),
    // Sepsis page: under 5s — call 111 or the GP for repeated vomiting or no wee in 12 hours.
    rule({ id: 'fc-under-5-vomiting', disposition: 'call-111', when: all(ageUpTo(4), yes('vomiting-repeatedly')), source: SOURCES.sepsis, hazard: 'HAZ-10' }),
    rule({ id: 'fc-under-5-no-wee', disposition: 'call-111', when: all(ageUpTo(4), yes('no-wee-12-hours')), source: SOURCES.sepsis, hazard: 'HAZ-10' }),
    rule({ id: 'fc-dehydration', disposition: 'call-111', when: tickedAny('dehydration-signs', DEHYDRATION_SIGNS), source: SOURCES.dehydration, hazard: 'HAZ-10' }),
    rule({
      id: 'fc-older-vomiting-or-no-wee',
      disposition: 'practice-today',
      when: all(ageFrom(5), { any: [yes('vomiting-repeatedly'), yes('no-wee-12-hours')] }),
      source: SOURCES.dehydration,
      hazard: 'HAZ-10',
    }),
    rule({ id: 'fc-long-fever', disposition: 'practice-today', when: answer(atLeast('days', 5)), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    rule({ id: 'fc-short-self-care', disposition: 'self-care', when: all(ageFrom(1), answer(atMost('days', 2))), source: SOURCES.pharmacyFirst, hazard: 'HAZ-18' }),
  ],
};
