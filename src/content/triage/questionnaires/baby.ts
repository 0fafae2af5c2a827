import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, answer, anyOf, atLeast, isCode, oneOf, rule, ticked, tickedAny, wholeNumber, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * A baby under 1, offered only when the patient is under 1 (TOPICS `onlyUpToAge`).
 * - "Is your baby or toddler seriously ill?" and the sepsis page: stops breathing, hard to
 *   wake, limp and floppy, a weak high-pitched cry, blue, grey, pale or blotchy skin, a rash
 *   that does not fade, a first fit, not responding or not interested in feeding, a serious
 *   injury, or under 8 weeks old and the parent is very worried: 999.
 * - The fever in children page: a bulging soft spot, or cold hands and feet: 999 or A&E
 *   (A&E here, as in fever-child); green or bloody vomit: A&E.
 * - The fever thresholds by age: under 3 months with 38C or more (or feeling hot), or 3 to
 *   6 months with 39C or more (or feeling hot): an urgent GP appointment or 111 (111 here,
 *   as in fever-child). A high temperature for 5 days or more: the GP the same day.
 * - The sepsis page for under 5s: not feeding, no wet nappy for 12 hours, or being sick again
 *   and again: 111. Signs of dehydration: 111 (dehydration page).
 * - Newborn jaundice page: yellow skin or eyes, speak to a midwife, health visitor or GP
 *   urgently (the GP the same day). Not their usual self and the parent is worried: the GP
 *   the same day (fever in children page).
 * - A cold, teething or nappy rash with none of these: care at home.
 */
const ID = 'baby';
/** The 999 signs, by the page that lists them (limp and floppy is on the 999 page). */
const SEPSIS_SIGNS = ['hard-breathing', 'hard-to-wake', 'weak-cry', 'colour', 'not-responding'] as const;
const BABY_PAGE_SIGNS = ['stops-breathing', 'rash', 'fit', 'injured'] as const;
const UNDER_3_MONTHS = ['under-8-weeks', '8-weeks-to-3-months'] as const;
const HIGH_TEMPERATURE = ['feels-hot', '38-to-38-9', '39-or-more'] as const;
const DEHYDRATION = ['sunken-soft-spot', 'dry-mouth', 'no-tears', 'sunken-eyes'] as const;

export const baby: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  ageRange: { max: 0 },
  defaultDisposition: 'routine',
  item: [
    anyOf(ID, 'signs-999', ['stops-breathing', 'hard-breathing', 'floppy', 'hard-to-wake', 'weak-cry', 'colour', 'rash', 'fit', 'not-responding', 'injured'], { hint: true }),
    oneOf(ID, 'age', [...UNDER_3_MONTHS, '3-to-6-months', '6-to-12-months']),
    yesNo(ID, 'very-worried', { enableWhen: [isCode('age', 'under-8-weeks')] }),
    anyOf(ID, 'signs-ae', ['bulging-soft-spot', 'cold-hands-feet', 'green-vomit', 'blood-vomit'], { hint: true }),
    oneOf(ID, 'temperature', ['not-hot', ...HIGH_TEMPERATURE], { hint: true }),
    oneOf(ID, 'feeding', ['as-usual', 'a-bit-less', 'less-than-half']),
    yesNo(ID, 'no-wet-nappy'),
    anyOf(ID, 'dehydration', DEHYDRATION),
    yesNo(ID, 'being-sick', { hint: true }),
    wholeNumber(ID, 'fever-days', { min: 0, max: 60 }, { hint: true, enableWhen: HIGH_TEMPERATURE.map((code) => isCode('temperature', code)), enableBehavior: 'any' }),
    yesNo(ID, 'yellow', { hint: true }),
    yesNo(ID, 'not-usual-self'),
    oneOf(ID, 'problem', ['cold', 'teething', 'nappy-rash', 'other'], { hint: true }),
  ],
  rules: [
    rule({ id: 'bb-999-sepsis', disposition: 'call-999', when: tickedAny('signs-999', SEPSIS_SIGNS), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'bb-999-serious-illness', disposition: 'call-999', when: tickedAny('signs-999', BABY_PAGE_SIGNS), source: SOURCES.babySeriouslyIll, hazard: 'HAZ-10' }),
    rule({ id: 'bb-999-floppy', disposition: 'call-999', when: ticked('signs-999', 'floppy'), source: SOURCES.call999, hazard: 'HAZ-10' }),
    rule({ id: 'bb-under-8-weeks-very-worried', disposition: 'call-999', when: all(ticked('age', 'under-8-weeks'), yes('very-worried')), source: SOURCES.babySeriouslyIll, hazard: 'HAZ-10' }),
    rule({
      id: 'bb-fever-serious-signs',
      disposition: 'go-to-ae',
      when: tickedAny('signs-ae', ['bulging-soft-spot', 'cold-hands-feet']),
      source: SOURCES.feverChildren,
      hazard: 'HAZ-03',
    }),
    rule({ id: 'bb-green-or-blood-vomit', disposition: 'go-to-ae', when: tickedAny('signs-ae', ['green-vomit', 'blood-vomit']), source: SOURCES.babySeriouslyIll, hazard: 'HAZ-10' }),
    rule({
      id: 'bb-fever-under-3-months',
      disposition: 'call-111',
      when: all(tickedAny('age', UNDER_3_MONTHS), tickedAny('temperature', HIGH_TEMPERATURE)),
      source: SOURCES.feverChildren,
      hazard: 'HAZ-10',
    }),
    rule({
      id: 'bb-fever-3-to-6-months',
      disposition: 'call-111',
      when: all(ticked('age', '3-to-6-months'), tickedAny('temperature', ['feels-hot', '39-or-more'])),
      source: SOURCES.feverChildren,
      hazard: 'HAZ-10',
    }),
    rule({ id: 'bb-not-feeding', disposition: 'call-111', when: ticked('feeding', 'less-than-half'), source: SOURCES.sepsis, hazard: 'HAZ-10' }),
    rule({ id: 'bb-no-wet-nappy', disposition: 'call-111', when: yes('no-wet-nappy'), source: SOURCES.sepsis, hazard: 'HAZ-10' }),
    rule({ id: 'bb-dehydration', disposition: 'call-111', when: tickedAny('dehydration', DEHYDRATION), source: SOURCES.dehydration, hazard: 'HAZ-10' }),
    rule({ id: 'bb-being-sick', disposition: 'call-111', when: yes('being-sick'), source: SOURCES.sepsis, hazard: 'HAZ-10' }),
    rule({ id: 'bb-fever-5-days', disposition: 'practice-today', when: answer(atLeast('fever-days', 5)), source: SOURCES.feverChildren, hazard: 'HAZ-13' }),
    rule({ id: 'bb-jaundice', disposition: 'practice-today', when: yes('yellow'), source: SOURCES.newbornJaundice, hazard: 'HAZ-10' }),
    rule({ id: 'bb-not-usual-self', disposition: 'practice-today', when: yes('not-usual-self'), source: SOURCES.feverChildren, hazard: 'HAZ-10' }),
    rule({ id: 'bb-cold-self-care', disposition: 'self-care', when: ticked('problem', 'cold'), source: SOURCES.commonCold, hazard: 'HAZ-18' }),
    rule({ id: 'bb-teething-self-care', disposition: 'self-care', when: ticked('problem', 'teething'), source: SOURCES.babyTeething, hazard: 'HAZ-18' }),
    rule({ id: 'bb-nappy-rash-self-care', disposition: 'self-care', when: ticked('problem', 'nappy-rash'), source: SOURCES.nappyRash, hazard: 'HAZ-18' }),
  ],
};
