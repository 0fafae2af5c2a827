import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, any, anyOf, isYes, not, oneOf, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Numbness, weakness or tingling (pins and needles), adults and children.
 * - Signs of a stroke happening now: 999 (act FAST). Signs that came and went (a TIA or
 *   "mini-stroke"): the TIA page says get help at once even if they have passed (111 or
 *   A&E); a GP the same day if it was weeks ago and never checked.
 * - After a head injury, numbness or weakness: 999 (head injury page); after a back or neck
 *   injury: A&E (back pain page).
 * - Cauda equina syndrome signs: A&E, as the back pain questionnaire.
 * - Weakness or tingling that spreads quickly from the feet or hands, or with trouble
 *   breathing or swallowing: A&E (Guillain-Barré syndrome page); getting slowly worse over
 *   days: the GP the same day.
 * - Diabetes with a foot that is red, hot, swollen, has a wound that is not healing, or
 *   has changed colour: the GP the same day (peripheral neuropathy page).
 * - Pins and needles that keep coming back, do not go away, or numb feet with diabetes:
 *   a GP. Pins and needles that went when moving: care at home.
 */
const ID = 'numbness-tingling';
const CAUDA_EQUINA = ['numb-bottom', 'cannot-wee', 'bowel-control', 'both-legs'] as const;
const DIABETES_FOOT = ['red-hot-swollen', 'wound-not-healing', 'colour-change'] as const;

export const numbnessTingling: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'stroke-now', { hint: true }),
    oneOf(ID, 'after-injury', ['head', 'back-neck', 'no']),
    yesNo(ID, 'stroke-passed', { hint: true }),
    oneOf(ID, 'stroke-passed-when', ['last-7-days', 'longer-ago'], { enableWhen: [isYes('stroke-passed')] }),
    anyOf(ID, 'cauda-equina', CAUDA_EQUINA, { hint: true }),
    oneOf(ID, 'spreading', ['quickly', 'slowly', 'no'], { hint: true }),
    yesNo(ID, 'diabetes'),
    anyOf(ID, 'diabetes-foot', DIABETES_FOOT, { enableWhen: [isYes('diabetes')] }),
    oneOf(ID, 'pattern', ['went-when-moved', 'keeps-coming-back', 'all-the-time']),
  ],
  rules: [
    rule({ id: 'nt-stroke-now', disposition: 'call-999', when: yes('stroke-now'), source: SOURCES.stroke, hazard: 'HAZ-02' }),
    rule({ id: 'nt-after-head-injury', disposition: 'call-999', when: ticked('after-injury', 'head'), source: SOURCES.headInjury, hazard: 'HAZ-37' }),
    rule({ id: 'nt-after-back-injury', disposition: 'go-to-ae', when: ticked('after-injury', 'back-neck'), source: SOURCES.backPain, hazard: 'HAZ-11' }),
    rule({ id: 'nt-tia-recent', disposition: 'go-to-ae', when: all(yes('stroke-passed'), ticked('stroke-passed-when', 'last-7-days')), source: SOURCES.tia, hazard: 'HAZ-02' }),
    rule({ id: 'nt-cauda-equina', disposition: 'go-to-ae', when: tickedAny('cauda-equina', CAUDA_EQUINA), source: SOURCES.caudaEquina, hazard: 'HAZ-11' }),
    rule({ id: 'nt-spreading-quickly', disposition: 'go-to-ae', when: ticked('spreading', 'quickly'), source: SOURCES.guillainBarre, hazard: 'HAZ-41' }),
    rule({ id: 'nt-tia-earlier', disposition: 'practice-today', when: all(yes('stroke-passed'), ticked('stroke-passed-when', 'longer-ago')), source: SOURCES.tia, hazard: 'HAZ-02' }),
    rule({ id: 'nt-spreading-slowly', disposition: 'practice-today', when: ticked('spreading', 'slowly'), source: SOURCES.guillainBarre, hazard: 'HAZ-41' }),
    rule({
      id: 'nt-diabetes-foot',
      disposition: 'practice-today',
      when: all(yes('diabetes'), tickedAny('diabetes-foot', DIABETES_FOOT)),
      source: SOURCES.peripheralNeuropathy,
      hazard: 'HAZ-41',
    }),
    // Pins and needles page: see a GP if they keep coming back or do not go away; the
    // peripheral neuropathy page: numbness or tingling with diabetes needs a GP to check.
    rule({
      id: 'nt-see-gp',
      disposition: 'routine',
      when: any(ticked('pattern', 'keeps-coming-back'), ticked('pattern', 'all-the-time'), yes('diabetes')),
      source: SOURCES.pinsAndNeedles,
      hazard: 'HAZ-41',
    }),
    rule({
      id: 'nt-self-care',
      disposition: 'self-care',
      when: all(ticked('pattern', 'went-when-moved'), not(yes('diabetes'))),
      source: SOURCES.pinsAndNeedles,
      hazard: 'HAZ-18',
    }),
  ],
};
