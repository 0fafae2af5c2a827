import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, any, anyOf, not, oneOf, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Heart palpitations, adults and children. The heart palpitations page: palpitations now
 * with chest pain, shortness of breath, feeling faint or dizzy, or fainting, call 999; the
 * same signs that have now stopped, an urgent GP appointment or 111; palpitations that last
 * a long time, are getting worse, or come with a history of heart problems, the GP the
 * same day (NICE CKS palpitations adds a family history of sudden death under 40). Brief
 * palpitations that keep coming back: a GP. Brief ones after a known trigger (caffeine,
 * alcohol, stress, exercise) are usually harmless: care at home.
 */
const ID = 'palpitations';
const WITH = ['chest-pain', 'breathless', 'faint-dizzy', 'fainted'] as const;
const HISTORY = ['heart-problem', 'family-sudden-death'] as const;

export const palpitations: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'now'),
    anyOf(ID, 'with', WITH, { hint: true }),
    oneOf(ID, 'how-long', ['seconds', 'minutes', 'longer']),
    yesNo(ID, 'getting-worse'),
    anyOf(ID, 'history', HISTORY),
    yesNo(ID, 'keep-getting'),
  ],
  rules: [
    rule({ id: 'pa-now-chest-pain', disposition: 'call-999', when: all(yes('now'), ticked('with', 'chest-pain')), source: SOURCES.heartPalpitations, hazard: 'HAZ-01' }),
    rule({
      id: 'pa-now-with-signs',
      disposition: 'call-999',
      when: all(yes('now'), tickedAny('with', ['breathless', 'faint-dizzy', 'fainted'])),
      source: SOURCES.heartPalpitations,
      hazard: 'HAZ-38',
    }),
    // The page: if these symptoms have now stopped, an urgent GP appointment or 111.
    rule({ id: 'pa-signs-stopped', disposition: 'practice-today', when: all(not(yes('now')), tickedAny('with', WITH)), source: SOURCES.heartPalpitations, hazard: 'HAZ-38' }),
    rule({
      id: 'pa-long-or-worse',
      disposition: 'practice-today',
      when: any(ticked('how-long', 'longer'), yes('getting-worse')),
      source: SOURCES.heartPalpitations,
      hazard: 'HAZ-38',
    }),
    rule({ id: 'pa-heart-history', disposition: 'practice-today', when: ticked('history', 'heart-problem'), source: SOURCES.heartPalpitations, hazard: 'HAZ-38' }),
    rule({ id: 'pa-family-sudden-death', disposition: 'practice-today', when: ticked('history', 'family-sudden-death'), source: SOURCES.palpitationsCks, hazard: 'HAZ-38' }),
    rule({ id: 'pa-keep-getting', disposition: 'routine', when: yes('keep-getting'), source: SOURCES.heartPalpitations, hazard: 'HAZ-18' }),
    // Usually harmless when they last seconds or minutes and do not keep coming back.
    rule({
      id: 'pa-brief-self-care',
      disposition: 'self-care',
      when: all(any(ticked('how-long', 'seconds'), ticked('how-long', 'minutes')), not(yes('keep-getting'))),
      source: SOURCES.heartPalpitations,
      hazard: 'HAZ-18',
    }),
  ],
};
