import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, answer, atLeast, isYes, rule, wholeNumber, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/** Maternity concerns: the outcomes send the patient to their midwife or maternity unit. */
const ID = 'pregnancy';

export const pregnancy: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    wholeNumber(ID, 'weeks', { min: 0, max: 45 }, { hint: true }),
    yesNo(ID, 'bleeding'),
    yesNo(ID, 'bleeding-heavy', { hint: true, enableWhen: [isYes('bleeding')] }),
    yesNo(ID, 'movements-less', { hint: true, enableWhen: [atLeast('weeks', 16)] }),
    yesNo(ID, 'headache-vision-swelling', { hint: true }),
    yesNo(ID, 'cannot-keep-fluids-down'),
    yesNo(ID, 'waters-or-contractions', { hint: true }),
  ],
  rules: [
    rule({ id: 'pg-heavy-bleeding', disposition: 'call-999', when: all(yes('bleeding'), yes('bleeding-heavy')), source: SOURCES.call999, hazard: 'HAZ-09' }),
    rule({ id: 'pg-bleeding', disposition: 'call-111', outcome: 'maternity-now', when: yes('bleeding'), source: SOURCES.pregnancy, hazard: 'HAZ-09' }),
    rule({
      id: 'pg-reduced-movements',
      disposition: 'call-111',
      outcome: 'maternity-now',
      when: all(answer(atLeast('weeks', 16)), yes('movements-less')),
      source: SOURCES.pregnancy,
      hazard: 'HAZ-09',
    }),
    rule({
      id: 'pg-pre-eclampsia',
      disposition: 'call-111',
      outcome: 'maternity-now',
      when: yes('headache-vision-swelling'),
      source: SOURCES.pregnancy,
      hazard: 'HAZ-09',
    }),
    rule({ id: 'pg-waters-contractions', disposition: 'call-111', outcome: 'maternity-now', when: yes('waters-or-contractions'), source: SOURCES.pregnancy, hazard: 'HAZ-09' }),
    rule({ id: 'pg-cannot-keep-fluids', disposition: 'practice-today', when: yes('cannot-keep-fluids-down'), source: SOURCES.pregnancy, hazard: 'HAZ-09' }),
  ],
};
