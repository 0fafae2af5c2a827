import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, any, anyOf, oneOf, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Headache. The headaches page sends a sudden, extremely painful headache, or one with
 * signs of a stroke or meningitis, to 999; a headache after a head injury that painkillers
 * do not ease to A&E (head injury page); the warning signs of a serious cause to an urgent
 * GP appointment or 111.
 */
const ID = 'headache';
const URGENT_SIGNS = ['wakes-at-night', 'wakes-with-it', 'worse-coughing-straining', 'jaw-pain-chewing', 'scalp-tender', 'vision-blurred-double', 'being-sick'];

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
    rule({ id: 'hd-urgent-signs', disposition: 'call-111', when: tickedAny('urgent-signs', URGENT_SIGNS), source: SOURCES.headaches, hazard: 'HAZ-13' }),
    rule({ id: 'hd-short-self-care', disposition: 'self-care', when: ticked('how-long', 'under-3-days'), source: SOURCES.headaches, hazard: 'HAZ-18' }),
  ],
};
