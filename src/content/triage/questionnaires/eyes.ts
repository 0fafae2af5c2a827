import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, any, anyOf, isYes, not, oneOf, rule, rulePerOption, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Red, sore, itchy or sticky eyes, something in the eye, injuries and changes to sight,
 * for all ages. NHS.UK red eye and eye injuries pages: "call 999 or go to A&E" items go
 * to A&E (an eye emergency needs an eye doctor, not an ambulance); "ask for an urgent GP
 * appointment or get help from 111" items go to the practice today.
 */
const ID = 'eyes';
const STUCK_OR_PIERCED = ['pierced', 'high-speed', 'stuck'] as const;
const SIGHT = ['sudden-loss', 'changes', 'curtain', 'new-floaters'] as const;
const WARNING_SIGNS = ['light-hurts', 'headache-sick', 'very-dark-red', 'pupil'] as const;
const INJURY_SIGNS = ['being-sick', 'cannot-open-or-move', 'blood-or-pus', 'headache-temperature'] as const;
const SYMPTOMS = ['red', 'painful', 'sticky', 'gritty', 'itchy', 'watery', 'eyelid'] as const;

const red = ticked('symptoms', 'red');
const conjunctivitisLike = tickedAny('symptoms', ['sticky', 'gritty', 'itchy']);

export const eyes: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'chemical', { hint: true }),
    anyOf(ID, 'stuck-or-pierced', STUCK_OR_PIERCED),
    anyOf(ID, 'sight', SIGHT, { hint: true }),
    anyOf(ID, 'warning-signs', WARNING_SIGNS),
    yesNo(ID, 'injured'),
    anyOf(ID, 'injury-signs', INJURY_SIGNS, { enableWhen: [isYes('injured')] }),
    yesNo(ID, 'injury-not-better', { enableWhen: [isYes('injured')] }),
    anyOf(ID, 'symptoms', SYMPTOMS),
    yesNo(ID, 'contact-lenses', { forPatient: { age: { min: 8 } } }),
    yesNo(ID, 'newborn', { forPatient: { age: { max: 0 } } }),
    oneOf(ID, 'how-long', ['under-1-week', '1-to-2-weeks', 'over-2-weeks']),
  ],
  rules: [
    // Eye injuries page: a strong chemical, a pierced eye, or something hitting it at speed — A&E.
    rule({ id: 'ey-chemical', disposition: 'go-to-ae', when: yes('chemical'), source: SOURCES.eyeInjuries, hazard: 'HAZ-31' }),
    ...rulePerOption('stuck-or-pierced', [
      { code: 'pierced', id: 'ey-pierced', disposition: 'go-to-ae', source: SOURCES.eyeInjuries, hazard: 'HAZ-31' },
      { code: 'high-speed', id: 'ey-high-speed', disposition: 'go-to-ae', source: SOURCES.eyeInjuries, hazard: 'HAZ-31' },
      { code: 'stuck', id: 'ey-stuck', disposition: 'go-to-ae', source: SOURCES.redEye, hazard: 'HAZ-31' },
    ]),
    rule({ id: 'ey-sudden-sight-loss', disposition: 'go-to-ae', when: ticked('sight', 'sudden-loss'), source: SOURCES.visionLoss, hazard: 'HAZ-31' }),
    // Red eye page: a red eye with changes to sight; eye injuries page: changes to sight after an injury.
    rule({
      id: 'ey-sight-changes-red-or-injured',
      disposition: 'go-to-ae',
      when: all(ticked('sight', 'changes'), any(red, yes('injured'))),
      source: SOURCES.redEye,
      hazard: 'HAZ-31',
    }),
    // Floaters and flashes page: sudden flashes, floaters or a dark curtain need an urgent
    // opticians appointment, or A&E or 111 if there is none.
    rule({ id: 'ey-sight-changes', disposition: 'call-111', when: ticked('sight', 'changes'), source: SOURCES.floaters, hazard: 'HAZ-31' }),
    rule({ id: 'ey-curtain', disposition: 'call-111', when: ticked('sight', 'curtain'), source: SOURCES.floaters, hazard: 'HAZ-31' }),
    rule({ id: 'ey-new-floaters', disposition: 'call-111', when: ticked('sight', 'new-floaters'), source: SOURCES.floaters, hazard: 'HAZ-31' }),
    ...rulePerOption('warning-signs', [
      { code: 'light-hurts', id: 'ey-light-hurts', disposition: 'go-to-ae', source: SOURCES.redEye, hazard: 'HAZ-31' },
      { code: 'headache-sick', id: 'ey-headache-sick', disposition: 'go-to-ae', source: SOURCES.redEye, hazard: 'HAZ-31' },
      { code: 'very-dark-red', id: 'ey-very-dark-red', disposition: 'go-to-ae', source: SOURCES.redEye, hazard: 'HAZ-31' },
      { code: 'pupil', id: 'ey-pupil', disposition: 'go-to-ae', source: SOURCES.redEye, hazard: 'HAZ-31' },
    ]),
    ...rulePerOption(
      'injury-signs',
      INJURY_SIGNS.map((code) => ({ code, id: `ey-injury-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.eyeInjuries, hazard: 'HAZ-31' as const })),
    ),
    rule({ id: 'ey-injury-not-better', disposition: 'practice-today', when: yes('injury-not-better'), source: SOURCES.eyeInjuries, hazard: 'HAZ-31' }),
    // Red eye page: urgent GP appointment or 111 — painful and red, contact lenses, a baby under 28 days.
    rule({ id: 'ey-painful-red', disposition: 'practice-today', when: all(red, ticked('symptoms', 'painful')), source: SOURCES.redEye, hazard: 'HAZ-31' }),
    rule({ id: 'ey-contact-lenses-red', disposition: 'practice-today', when: all(red, yes('contact-lenses')), source: SOURCES.redEye, hazard: 'HAZ-31' }),
    rule({ id: 'ey-newborn-red', disposition: 'practice-today', when: all(ageUpTo(0), yes('newborn'), red), source: SOURCES.redEye, hazard: 'HAZ-31' }),
    // Red eye page: see a GP for a child under 2 with a red eye (eye drops need a prescription
    // under 2, conjunctivitis page), a red eye for more than a few days, or conjunctivitis for 2 weeks.
    rule({ id: 'ey-under-2', disposition: 'routine', when: all(ageUpTo(1), any(red, conjunctivitisLike)), source: SOURCES.redEye, hazard: 'HAZ-18' }),
    rule({ id: 'ey-over-2-weeks', disposition: 'routine', when: ticked('how-long', 'over-2-weeks'), source: SOURCES.conjunctivitis, hazard: 'HAZ-18' }),
    rule({
      id: 'ey-red-over-1-week',
      disposition: 'routine',
      when: all(red, ticked('how-long', '1-to-2-weeks'), not(conjunctivitisLike)),
      source: SOURCES.redEye,
      hazard: 'HAZ-18',
    }),
    // Most red, sticky, gritty or itchy eyes get better on their own; a pharmacist can help.
    rule({
      id: 'ey-self-care',
      disposition: 'self-care',
      when: all(ageFrom(2), any(ticked('how-long', 'under-1-week'), ticked('how-long', '1-to-2-weeks'))),
      source: SOURCES.conjunctivitis,
      hazard: 'HAZ-18',
    }),
  ],
};
