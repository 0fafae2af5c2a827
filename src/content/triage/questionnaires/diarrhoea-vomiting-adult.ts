import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, anyOf, not, oneOf, rule, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';
import { durationItems, EMERGENCY_SIGNS, emergencyRules, longIllness, shortIllness, WHICH } from './diarrhoea-vomiting-common';

/** Diarrhoea and vomiting, 16 and over. */
const ID = 'diarrhoea-vomiting-adult';
// Dehydration page: call 111 or ask for an urgent GP appointment.
const DEHYDRATION = ['dizzy-standing', 'no-wee-all-day', 'tired-confused', 'fast-weak-pulse', 'still-dry-after-sachets'] as const;

export const diarrhoeaVomitingAdult: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  ageRange: { min: 16 },
  defaultDisposition: 'routine',
  item: [
    anyOf(ID, 'emergency-signs', EMERGENCY_SIGNS),
    yesNo(ID, 'cannot-keep-fluids'),
    yesNo(ID, 'blood-in-poo'),
    anyOf(ID, 'dehydration', DEHYDRATION),
    oneOf(ID, 'which', WHICH),
    ...durationItems(ID),
    yesNo(ID, 'abroad'),
  ],
  rules: [
    ...emergencyRules('dva'),
    // Diarrhoea and vomiting page: ask for an urgent GP appointment or get help from 111.
    rule({ id: 'dva-cannot-keep-fluids', disposition: 'practice-today', when: yes('cannot-keep-fluids'), source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-32' }),
    rule({ id: 'dva-blood-in-poo', disposition: 'practice-today', when: yes('blood-in-poo'), source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-32' }),
    rule({ id: 'dva-dehydration', disposition: 'practice-today', when: tickedAny('dehydration', DEHYDRATION), source: SOURCES.dehydration, hazard: 'HAZ-32' }),
    rule({ id: 'dva-long', disposition: 'practice-today', when: longIllness, source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-32' }),
    // NICE CKS gastroenteritis: recent travel abroad may need a stool test.
    rule({ id: 'dva-abroad', disposition: 'routine', when: yes('abroad'), source: SOURCES.gastroenteritisCks, hazard: 'HAZ-18' }),
    rule({ id: 'dva-self-care', disposition: 'self-care', when: all(shortIllness, not(yes('abroad'))), source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-18' }),
  ],
};
