import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, any, not, oneOf, rule, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Sore throat. The sore throat page says 999 or A&E when swallowing or breathing is hard,
 * with drooling or a high-pitched sound when breathing in. Pharmacy First treats a sore
 * throat from age 5; a weak immune system needs a GP the same day.
 */
const ID = 'sore-throat';

export const soreThroat: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'cannot-swallow-or-breathe', { hint: true }),
    yesNo(ID, 'weak-immune-system', { hint: true }),
    yesNo(ID, 'rash', { hint: true }),
    yesNo(ID, 'often'),
    oneOf(ID, 'how-long', ['under-1-week', '1-to-2-weeks', 'over-2-weeks']),
  ],
  rules: [
    rule({ id: 'st-airway', disposition: 'call-999', when: yes('cannot-swallow-or-breathe'), source: SOURCES.soreThroat, hazard: 'HAZ-04' }),
    // Scarlet fever page: a sore throat and temperature with a rough rash, an urgent GP appointment or 111.
    rule({ id: 'st-scarlet-fever', disposition: 'practice-today', when: yes('rash'), source: SOURCES.scarletFever, hazard: 'HAZ-13' }),
    // Sore throat page: see a GP for sore throats that keep coming back, or last over a week.
    rule({ id: 'st-often', disposition: 'routine', when: yes('often'), source: SOURCES.soreThroat, hazard: 'HAZ-18' }),
    rule({ id: 'st-weak-immune', disposition: 'practice-today', when: yes('weak-immune-system'), source: SOURCES.soreThroat, hazard: 'HAZ-13' }),
    // Under 5 is outside Pharmacy First; a sore throat usually gets better by itself, so the practice advises.
    rule({ id: 'st-under-5', disposition: 'routine', when: ageUpTo(4), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    // Pharmacy First sore throat: 5 and over. A throat sore for over 2 weeks needs the practice.
    rule({
      id: 'st-pharmacy',
      disposition: 'pharmacy',
      pharmacyCondition: 'sore-throat',
      when: all(ageFrom(5), ticked('how-long', 'under-1-week'), not(yes('weak-immune-system')), not(yes('often'))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    rule({ id: 'st-long-routine', disposition: 'routine', when: any(ticked('how-long', '1-to-2-weeks'), ticked('how-long', 'over-2-weeks')), source: SOURCES.soreThroat, hazard: 'HAZ-18' }),
  ],
};
