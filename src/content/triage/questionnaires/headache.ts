import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageUpTo, all, any, anyOf, isYes, not, oneOf, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Headache. The headaches page sends a sudden, extremely painful headache, or one with
 * signs of a stroke or meningitis, to 999; a headache after a head injury that painkillers
 * do not ease to A&E (head injury page); the warning signs of a serious cause to an urgent
 * GP appointment or 111.
 *
 * A known migraine tempers, and never removes, those red flags. Every 999, A&E and 111
 * question is asked whatever the answer about migraine, and each still fires. Only two things
 * change for someone a doctor has told they get migraines, with a headache just like their
 * usual ones:
 * - being sick no longer counts as a warning sign from 12 years old (NICE CKS headache
 *   assessment: vomiting "without other obvious cause"; the migraine page lists feeling and
 *   being sick as migraine symptoms). Under 12 it still does, as the headaches page says.
 * - the outcome is care at home, as the migraine page says for migraines that painkillers
 *   manage; a GP when they come on more than 5 days a month, painkillers do not help, or it
 *   has lasted 3 days or more (the migraine page: symptoms last 4 hours to 3 days).
 */
const ID = 'headache';
const URGENT_SIGNS = ['wakes-at-night', 'wakes-with-it', 'worse-coughing-straining', 'jaw-pain-chewing', 'scalp-tender', 'vision-blurred-double', 'being-sick'];
const WARNING_SIGNS = URGENT_SIGNS.filter((sign) => sign !== 'being-sick');
const usualMigraine = yes('usual-migraine');

export const headache: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'sudden-worst-ever', { hint: true }),
    yesNo(ID, 'weakness-vision-speech', { hint: true }),
    yesNo(ID, 'high-temperature'),
    yesNo(ID, 'stiff-neck', { hint: true }),
    yesNo(ID, 'light-hurts-eyes'),
    yesNo(ID, 'red-painful-eye'),
    yesNo(ID, 'head-injury'),
    anyOf(ID, 'urgent-signs', URGENT_SIGNS),
    oneOf(ID, 'how-long', ['under-3-days', '3-days-or-more', 'comes-and-goes']),
    yesNo(ID, 'usual-migraine', { hint: true }),
    yesNo(ID, 'migraine-see-gp', { enableWhen: [isYes('usual-migraine')] }),
  ],
  rules: [
    rule({ id: 'hd-sudden-severe', disposition: 'call-999', when: yes('sudden-worst-ever'), source: SOURCES.headaches, hazard: 'HAZ-02' }),
    rule({ id: 'hd-stroke-signs', disposition: 'call-999', when: yes('weakness-vision-speech'), source: SOURCES.stroke, hazard: 'HAZ-02' }),
    rule({
      id: 'hd-meningitis',
      disposition: 'call-999',
      when: all(yes('high-temperature'), any(yes('stiff-neck'), yes('light-hurts-eyes'))),
      source: SOURCES.meningitis,
      hazard: 'HAZ-03',
    }),
    // Headaches page: a headache with a very painful red eye (acute glaucoma) is A&E.
    rule({ id: 'hd-red-painful-eye', disposition: 'go-to-ae', when: yes('red-painful-eye'), source: SOURCES.headaches, hazard: 'HAZ-31' }),
    rule({ id: 'hd-head-injury', disposition: 'go-to-ae', when: yes('head-injury'), source: SOURCES.headInjury, hazard: 'HAZ-06' }),
    // A stiff neck without a temperature still needs help the same day. Light hurting the eyes
    // alone is common in migraine: it counts only with a temperature (the rule above).
    rule({ id: 'hd-stiff-neck', disposition: 'call-111', when: yes('stiff-neck'), source: SOURCES.meningitis, hazard: 'HAZ-03' }),
    rule({ id: 'hd-urgent-signs', disposition: 'call-111', when: tickedAny('urgent-signs', WARNING_SIGNS), source: SOURCES.headaches, hazard: 'HAZ-13' }),
    rule({
      id: 'hd-vomiting',
      disposition: 'call-111',
      when: all(ticked('urgent-signs', 'being-sick'), any(ageUpTo(11), not(usualMigraine))),
      source: SOURCES.headacheAssessmentCks,
      hazard: 'HAZ-13',
    }),
    rule({
      id: 'hd-migraine-see-gp',
      disposition: 'routine',
      when: all(usualMigraine, any(yes('migraine-see-gp'), ticked('how-long', '3-days-or-more'))),
      source: SOURCES.migraine,
      hazard: 'HAZ-18',
    }),
    rule({
      id: 'hd-usual-migraine-self-care',
      disposition: 'self-care',
      when: all(usualMigraine, not(yes('migraine-see-gp')), not(ticked('how-long', '3-days-or-more'))),
      source: SOURCES.migraine,
      hazard: 'HAZ-18',
    }),
    rule({ id: 'hd-short-self-care', disposition: 'self-care', when: ticked('how-long', 'under-3-days'), source: SOURCES.headaches, hazard: 'HAZ-18' }),
  ],
};
