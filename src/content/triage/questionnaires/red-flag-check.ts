import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { rule, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Direct questions asked when free text contains a worrying word. The app asks only
 * the ones freeTextSafetyNet names, so none is required here; the app requires an
 * answer to each one it shows. Each carries the qualifiers of its source, so a "yes"
 * means the red flag the source sends to 999.
 */
const ID = 'red-flag-check';
const ask = (linkId: string) => yesNo(ID, linkId, { required: false });

export const redFlagCheck: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    ask('acted-on-suicidal-thoughts'),
    ask('chest-pain-now'),
    ask('struggling-to-breathe'),
    ask('stroke-signs'),
    ask('heavy-bleeding'),
    ask('seizure-or-unconscious'),
    ask('swelling-lips-throat'),
    ask('rash-not-fading'),
    ask('suicidal-thoughts-now'),
  ],
  rules: [
    rule({
      id: 'rf-acted-on-suicidal-thoughts',
      disposition: 'call-999',
      outcome: 'mental-health-999',
      when: yes('acted-on-suicidal-thoughts'),
      source: SOURCES.call999,
      hazard: 'HAZ-15',
    }),
    rule({ id: 'rf-chest-pain', disposition: 'call-999', when: yes('chest-pain-now'), source: SOURCES.heartAttack, hazard: 'HAZ-15' }),
    rule({ id: 'rf-breathing', disposition: 'call-999', when: yes('struggling-to-breathe'), source: SOURCES.call999, hazard: 'HAZ-15' }),
    rule({ id: 'rf-stroke', disposition: 'call-999', when: yes('stroke-signs'), source: SOURCES.stroke, hazard: 'HAZ-15' }),
    rule({ id: 'rf-heavy-bleeding', disposition: 'call-999', when: yes('heavy-bleeding'), source: SOURCES.call999, hazard: 'HAZ-15' }),
    rule({ id: 'rf-seizure', disposition: 'call-999', when: yes('seizure-or-unconscious'), source: SOURCES.call999, hazard: 'HAZ-15' }),
    rule({ id: 'rf-swelling', disposition: 'call-999', when: yes('swelling-lips-throat'), source: SOURCES.anaphylaxis, hazard: 'HAZ-15' }),
    rule({ id: 'rf-rash', disposition: 'call-999', when: yes('rash-not-fading'), source: SOURCES.sepsis, hazard: 'HAZ-15' }),
    rule({
      id: 'rf-suicidal-thoughts-now',
      disposition: 'call-111',
      outcome: 'mental-health-111',
      when: yes('suicidal-thoughts-now'),
      source: SOURCES.mentalHealthCrisis,
      hazard: 'HAZ-15',
    }),
  ],
};
