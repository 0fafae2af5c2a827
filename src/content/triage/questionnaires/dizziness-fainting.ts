import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, any, anyOf, isYes, not, oneOf, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Dizziness, vertigo and fainting, adults and children. Stroke signs with it: 999 (act
 * FAST). Dizziness or fainting with chest pain: 999 (heart attack page); with a racing or
 * uneven heartbeat, breathlessness, or fainting during exercise: A&E (heart palpitations
 * page, and NICE CKS blackouts: fainting on exertion may be a heart rhythm problem). Sudden
 * hearing loss: an urgent GP appointment or 111 (hearing loss page). Dizziness that keeps
 * coming back, or fainting more than once: a GP. Brief dizziness on standing up, or vertigo
 * when moving the head, usually passes: care at home (dizziness and vertigo pages).
 */
const ID = 'dizziness-fainting';
const HEART_SIGNS = ['chest-pain', 'heartbeat', 'breathless', 'during-exercise'] as const;
const EAR_SIGNS = ['hearing-loss-sudden', 'ear-discharge-fever', 'hearing-ringing'] as const;

export const dizzinessFainting: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'stroke-signs', { hint: true }),
    anyOf(ID, 'heart-signs', HEART_SIGNS, { hint: true }),
    yesNo(ID, 'fainted'),
    yesNo(ID, 'heart-condition', { hint: true, enableWhen: [isYes('fainted')] }),
    anyOf(ID, 'ear-signs', EAR_SIGNS, { hint: true }),
    oneOf(ID, 'pattern', ['once-passed', 'on-standing', 'moving-head', 'keeps-coming-back', 'all-the-time']),
    yesNo(ID, 'fainted-before', { enableWhen: [isYes('fainted')] }),
    yesNo(ID, 'new-medicine'),
  ],
  rules: [
    // Stroke page: act FAST, call 999 for any single sign.
    rule({ id: 'df-stroke', disposition: 'call-999', when: yes('stroke-signs'), source: SOURCES.stroke, hazard: 'HAZ-02' }),
    // Heart attack page: chest pain with feeling lightheaded or dizzy.
    rule({ id: 'df-chest-pain', disposition: 'call-999', when: ticked('heart-signs', 'chest-pain'), source: SOURCES.heartAttack, hazard: 'HAZ-01' }),
    rule({
      id: 'df-heart-rhythm',
      disposition: 'go-to-ae',
      when: tickedAny('heart-signs', ['heartbeat', 'breathless']),
      source: SOURCES.heartPalpitations,
      hazard: 'HAZ-38',
    }),
    rule({ id: 'df-faint-exercise', disposition: 'go-to-ae', when: ticked('heart-signs', 'during-exercise'), source: SOURCES.blackoutsCks, hazard: 'HAZ-38' }),
    // NICE CKS blackouts: fainting with a known heart condition needs assessment the same day.
    rule({ id: 'df-faint-heart-condition', disposition: 'practice-today', when: all(yes('fainted'), yes('heart-condition')), source: SOURCES.blackoutsCks, hazard: 'HAZ-38' }),
    rule({ id: 'df-sudden-hearing-loss', disposition: 'practice-today', when: ticked('ear-signs', 'hearing-loss-sudden'), source: SOURCES.suddenHearingLoss, hazard: 'HAZ-13' }),
    rule({ id: 'df-ear-infection', disposition: 'practice-today', when: ticked('ear-signs', 'ear-discharge-fever'), source: SOURCES.labyrinthitis, hazard: 'HAZ-13' }),
    // Dizziness page: see a GP if it keeps coming back or will not go away, with ringing in
    // the ears, or after a new medicine; fainting page: see a GP if you keep fainting.
    rule({
      id: 'df-see-gp',
      disposition: 'routine',
      when: any(
        ticked('pattern', 'keeps-coming-back'),
        ticked('pattern', 'all-the-time'),
        ticked('ear-signs', 'hearing-ringing'),
        yes('new-medicine'),
      ),
      source: SOURCES.dizziness,
      hazard: 'HAZ-18',
    }),
    rule({ id: 'df-fainted-again', disposition: 'routine', when: all(yes('fainted'), yes('fainted-before')), source: SOURCES.fainting, hazard: 'HAZ-38' }),
    // Dizziness and vertigo pages: brief dizziness on standing, or vertigo on moving the head,
    // or one short spell that has passed, usually gets better with care at home.
    rule({
      id: 'df-self-care',
      disposition: 'self-care',
      when: all(
        any(ticked('pattern', 'once-passed'), ticked('pattern', 'on-standing'), ticked('pattern', 'moving-head')),
        not(yes('fainted-before')),
      ),
      source: SOURCES.dizziness,
      hazard: 'HAZ-18',
    }),
  ],
};
