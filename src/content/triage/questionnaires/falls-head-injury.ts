import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, answer, anyOf, isNo, isYes, not, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * A fall or a head injury, adults and children. The head injury and concussion page: its
 * "call 999" signs to 999 and its "go to A&E" signs to A&E, each worded as the page words
 * it; a minor bump with none of them is looked after at home, and symptoms still there
 * after 2 weeks need a GP. The falls page: someone hurt or unable to get up after a fall
 * needs an ambulance; a GP can look at why someone keeps falling. A broken hip (pain in the
 * hip or groin, cannot put weight on the leg) and a bone that looks out of shape need A&E.
 */
const ID = 'falls-head-injury';
const HEAD_999 = [
  'not-awake',
  'fit',
  'eyesight-hearing',
  'fluid-ears-nose',
  'bleeding-ears',
  'black-eye',
  'numb-weak',
  'walking-speaking',
  'serious-accident',
  'fell-from-height',
  'dent-or-object',
] as const;
const HEAD_AE = [
  'knocked-out',
  'being-sick',
  'headache',
  'behaviour',
  'memory',
  'alcohol-drugs',
  'blood-thinners',
  'brain-surgery',
  'hurt-on-purpose',
] as const;
const FALL_AE = ['hip-pain', 'cannot-stand-on-leg', 'odd-shape'] as const;
const hitHead = yes('hit-head');

export const fallsHeadInjury: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'hit-head', { hint: true }),
    anyOf(ID, 'head-999', HEAD_999, { hint: true, enableWhen: [isYes('hit-head')] }),
    yesNo(ID, 'still-on-floor', { hint: true }),
    yesNo(ID, 'bone-through-skin'),
    anyOf(ID, 'head-ae', HEAD_AE, { hint: true, enableWhen: [isYes('hit-head')] }),
    anyOf(ID, 'fall-ae', FALL_AE, { hint: true }),
    yesNo(ID, 'symptoms-2-weeks', { enableWhen: [isYes('hit-head')] }),
    yesNo(ID, 'falls-before', { hint: true }),
  ],
  rules: [
    rule({ id: 'fh-head-999', disposition: 'call-999', when: all(hitHead, tickedAny('head-999', HEAD_999)), source: SOURCES.headInjury, hazard: 'HAZ-37' }),
    // Falls page: hurt or unable to get up after a fall, call 999 for an ambulance.
    rule({ id: 'fh-cannot-get-up', disposition: 'call-999', when: yes('still-on-floor'), source: SOURCES.falls, hazard: 'HAZ-39' }),
    // Broken leg, arm or wrist pages: a bone sticking out through the skin needs an ambulance.
    rule({ id: 'fh-bone-through-skin', disposition: 'call-999', when: yes('bone-through-skin'), source: SOURCES.brokenLeg, hazard: 'HAZ-39' }),
    rule({ id: 'fh-head-ae', disposition: 'go-to-ae', when: all(hitHead, tickedAny('head-ae', HEAD_AE)), source: SOURCES.headInjury, hazard: 'HAZ-37' }),
    rule({
      id: 'fh-broken-hip',
      disposition: 'go-to-ae',
      when: tickedAny('fall-ae', ['hip-pain', 'cannot-stand-on-leg']),
      source: SOURCES.hipFracture,
      hazard: 'HAZ-39',
    }),
    rule({ id: 'fh-odd-shape', disposition: 'go-to-ae', when: ticked('fall-ae', 'odd-shape'), source: SOURCES.brokenArm, hazard: 'HAZ-39' }),
    // Head injury page: speak to a GP if symptoms are still there after 2 weeks.
    rule({ id: 'fh-symptoms-2-weeks', disposition: 'routine', when: all(hitHead, yes('symptoms-2-weeks')), source: SOURCES.headInjury, hazard: 'HAZ-37' }),
    // Falls page: a GP can find out why someone falls and how to prevent it.
    rule({ id: 'fh-falls-before', disposition: 'routine', when: yes('falls-before'), source: SOURCES.falls, hazard: 'HAZ-39' }),
    // A minor bump or fall with none of the signs above: care at home.
    rule({
      id: 'fh-minor-self-care',
      disposition: 'self-care',
      when: all(answer(isNo('falls-before')), not(yes('symptoms-2-weeks'))),
      source: SOURCES.headInjury,
      hazard: 'HAZ-18',
    }),
  ],
};
