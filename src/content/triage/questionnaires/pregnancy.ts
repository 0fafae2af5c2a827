import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, answer, anyOf, atLeast, isYes, rule, tickedAny, wholeNumber, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Maternity concerns. Heavy bleeding, and sudden severe tummy pain (an ectopic pregnancy
 * or a placenta coming away), are 999 emergencies. Bleeding, fewer baby movements, signs
 * of pre-eclampsia, waters breaking or contractions: call the midwife or maternity unit now.
 */
const ID = 'pregnancy';
const COMMON_PROBLEMS = ['sickness', 'heartburn', 'constipation'];

export const pregnancy: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'bleeding'),
    yesNo(ID, 'bleeding-heavy', { hint: true, enableWhen: [isYes('bleeding')] }),
    yesNo(ID, 'tummy-pain-severe', { hint: true }),
    wholeNumber(ID, 'weeks', { min: 0, max: 45 }, { hint: true }),
    yesNo(ID, 'movements-less', { hint: true, enableWhen: [atLeast('weeks', 16)] }),
    yesNo(ID, 'headache-vision-swelling', { hint: true }),
    yesNo(ID, 'waters-or-contractions', { hint: true }),
    yesNo(ID, 'high-temperature'),
    yesNo(ID, 'cannot-keep-fluids-down'),
    yesNo(ID, 'itching'),
    anyOf(ID, 'common-problem', COMMON_PROBLEMS, { hint: true }),
  ],
  rules: [
    rule({ id: 'pg-heavy-bleeding', disposition: 'call-999', when: all(yes('bleeding'), yes('bleeding-heavy')), source: SOURCES.pregnancyBleeding, hazard: 'HAZ-09' }),
    rule({ id: 'pg-severe-tummy-pain', disposition: 'call-999', when: yes('tummy-pain-severe'), source: SOURCES.ectopicPregnancy, hazard: 'HAZ-09' }),
    rule({ id: 'pg-bleeding', disposition: 'call-111', outcome: 'maternity-now', when: yes('bleeding'), source: SOURCES.pregnancyBleeding, hazard: 'HAZ-09' }),
    rule({
      id: 'pg-reduced-movements',
      disposition: 'call-111',
      outcome: 'maternity-now',
      when: all(answer(atLeast('weeks', 16)), yes('movements-less')),
      source: SOURCES.babyMovements,
      hazard: 'HAZ-09',
    }),
    rule({ id: 'pg-pre-eclampsia', disposition: 'call-111', outcome: 'maternity-now', when: yes('headache-vision-swelling'), source: SOURCES.preEclampsia, hazard: 'HAZ-09' }),
    rule({ id: 'pg-waters-contractions', disposition: 'call-111', outcome: 'maternity-now', when: yes('waters-or-contractions'), source: SOURCES.pregnancy, hazard: 'HAZ-09' }),
    rule({ id: 'pg-high-temperature', disposition: 'call-111', outcome: 'maternity-now', when: yes('high-temperature'), source: SOURCES.pregnancy, hazard: 'HAZ-09' }),
    rule({ id: 'pg-cannot-keep-fluids', disposition: 'practice-today', when: yes('cannot-keep-fluids-down'), source: SOURCES.pregnancy, hazard: 'HAZ-09' }),
    // Itching, mostly on the hands and feet, can be obstetric cholestasis: the midwife or GP the same day.
    // Common pregnancy problems a pharmacist or midwife can advise on (pregnancy common symptoms pages).
    rule({ id: 'pg-common-problem', disposition: 'self-care', when: tickedAny('common-problem', COMMON_PROBLEMS), source: SOURCES.pregnancyCommonSymptoms, hazard: 'HAZ-18' }),
    rule({ id: 'pg-itching', disposition: 'practice-today', when: yes('itching'), source: SOURCES.pregnancy, hazard: 'HAZ-09' }),
  ],
};
