import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { anyOf, oneOf, rule, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';
import { durationItems, emergencyRules, longIllness, WHICH } from './diarrhoea-vomiting-common';

/**
 * Diarrhoea and vomiting in a baby under 1. A baby dries out fast: the diarrhoea and
 * vomiting page says to ask for an urgent GP appointment or 111 if you are worried about a
 * baby under 12 months, so the practice sees every baby today (the default), and the signs
 * of dehydration, not feeding or not keeping fluids down go to 111 (sepsis page, under 5s).
 */
const ID = 'diarrhoea-vomiting-baby';
const EMERGENCY = ['vomit-blood', 'green-vomit', 'poison'] as const;
const DEHYDRATION = ['fewer-wet-nappies', 'no-wet-nappy-12-hours', 'drowsy', 'sunken-soft-spot', 'sunken-eyes', 'no-tears', 'dry-mouth', 'cold-hands-feet'] as const;

export const diarrhoeaVomitingBaby: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  ageRange: { max: 0 },
  defaultDisposition: 'practice-today',
  item: [
    anyOf(ID, 'emergency-signs', EMERGENCY),
    yesNo(ID, 'stopped-feeding'),
    yesNo(ID, 'cannot-keep-fluids'),
    anyOf(ID, 'dehydration', DEHYDRATION, { hint: true }),
    yesNo(ID, 'blood-in-poo'),
    oneOf(ID, 'which', WHICH),
    ...durationItems(ID),
  ],
  rules: [
    ...emergencyRules('dvb', EMERGENCY),
    rule({ id: 'dvb-stopped-feeding', disposition: 'call-111', when: yes('stopped-feeding'), source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-10' }),
    rule({ id: 'dvb-cannot-keep-fluids', disposition: 'call-111', when: yes('cannot-keep-fluids'), source: SOURCES.sepsis, hazard: 'HAZ-10' }),
    rule({ id: 'dvb-dehydration', disposition: 'call-111', when: tickedAny('dehydration', DEHYDRATION), source: SOURCES.dehydration, hazard: 'HAZ-10' }),
    rule({ id: 'dvb-blood-in-poo', disposition: 'call-111', when: yes('blood-in-poo'), source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-10' }),
    rule({ id: 'dvb-long', disposition: 'call-111', when: longIllness, source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-10' }),
  ],
};
