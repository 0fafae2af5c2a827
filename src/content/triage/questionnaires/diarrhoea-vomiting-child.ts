import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, anyOf, not, oneOf, rule, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';
import { durationItems, EMERGENCY_SIGNS, emergencyRules, longIllness, shortIllness, WHICH } from './diarrhoea-vomiting-common';

/**
 * Diarrhoea and vomiting in a child from 1 to 15 (babies have their own questionnaire).
 * Under 5s follow the sepsis page: not feeding, being sick again and again, or no wee for
 * 12 hours — call 111. From 5, the diarrhoea and vomiting page's urgent GP or 111.
 */
const ID = 'diarrhoea-vomiting-child';
const DEHYDRATION = ['weeing-less', 'no-wee-12-hours', 'drowsy', 'sunken-eyes', 'no-tears', 'dry-mouth', 'cold-hands-feet'] as const;
const under5 = ageUpTo(4);
const from5 = ageFrom(5);

export const diarrhoeaVomitingChild: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  ageRange: { min: 1, max: 15 },
  defaultDisposition: 'routine',
  item: [
    anyOf(ID, 'emergency-signs', EMERGENCY_SIGNS),
    yesNo(ID, 'stopped-feeding', { forPatient: { age: { max: 2 } } }),
    yesNo(ID, 'cannot-keep-fluids'),
    anyOf(ID, 'dehydration', DEHYDRATION),
    yesNo(ID, 'blood-in-poo'),
    oneOf(ID, 'which', WHICH),
    ...durationItems(ID),
    yesNo(ID, 'abroad'),
  ],
  rules: [
    ...emergencyRules('dvc'),
    rule({ id: 'dvc-stopped-feeding', disposition: 'call-111', when: yes('stopped-feeding'), source: SOURCES.sepsis, hazard: 'HAZ-10' }),
    rule({ id: 'dvc-under-5-fluids', disposition: 'call-111', when: all(under5, yes('cannot-keep-fluids')), source: SOURCES.sepsis, hazard: 'HAZ-10' }),
    rule({ id: 'dvc-under-5-dehydration', disposition: 'call-111', when: all(under5, tickedAny('dehydration', DEHYDRATION)), source: SOURCES.dehydration, hazard: 'HAZ-10' }),
    rule({ id: 'dvc-fluids', disposition: 'practice-today', when: all(from5, yes('cannot-keep-fluids')), source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-32' }),
    rule({ id: 'dvc-dehydration', disposition: 'practice-today', when: all(from5, tickedAny('dehydration', DEHYDRATION)), source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-32' }),
    rule({ id: 'dvc-blood-in-poo', disposition: 'practice-today', when: yes('blood-in-poo'), source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-32' }),
    rule({ id: 'dvc-long', disposition: 'practice-today', when: longIllness, source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-32' }),
    rule({ id: 'dvc-abroad', disposition: 'routine', when: yes('abroad'), source: SOURCES.gastroenteritisCks, hazard: 'HAZ-18' }),
    rule({ id: 'dvc-self-care', disposition: 'self-care', when: all(shortIllness, not(yes('abroad'))), source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-18' }),
  ],
};
