import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { anyOf, rule, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Self-harm and suicidal thoughts go straight to crisis help: 999 when life is at risk
 * now, otherwise NHS 111 option 2 (the urgent mental health line), today.
 */
const ID = 'mental-health';

export const mentalHealth: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'in-danger-now', { hint: true }),
    yesNo(ID, 'suicidal-thoughts'),
    yesNo(ID, 'self-harm'),
    yesNo(ID, 'not-safe-or-seeing-hearing', { hint: true }),
    anyOf(ID, 'how-feeling', ['low-mood', 'anxiety', 'stress', 'sleep', 'other']),
  ],
  rules: [
    rule({
      id: 'mh-in-danger-now',
      disposition: 'call-999',
      outcome: 'mental-health-999',
      when: yes('in-danger-now'),
      source: SOURCES.mentalHealthCrisis,
      hazard: 'HAZ-08',
    }),
    rule({
      id: 'mh-suicidal-thoughts',
      disposition: 'call-111',
      outcome: 'mental-health-111',
      when: yes('suicidal-thoughts'),
      source: SOURCES.mentalHealthCrisis,
      hazard: 'HAZ-08',
    }),
    // Stress page: things to try first; a GP if it does not get better. Only when no crisis question fired.
    rule({ id: 'mh-stress-self-care', disposition: 'self-care', when: ticked('how-feeling', 'stress'), source: SOURCES.stress, hazard: 'HAZ-18' }),
    rule({ id: 'mh-self-harm', disposition: 'call-111', outcome: 'mental-health-111', when: yes('self-harm'), source: SOURCES.mentalHealthCrisis, hazard: 'HAZ-08' }),
    rule({
      id: 'mh-crisis',
      disposition: 'call-111',
      outcome: 'mental-health-111',
      when: yes('not-safe-or-seeing-hearing'),
      source: SOURCES.mentalHealthCrisis,
      hazard: 'HAZ-08',
    }),
  ],
};
