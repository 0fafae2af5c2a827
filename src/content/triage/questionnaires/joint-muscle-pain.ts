import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, any, anyOf, isYes, not, oneOf, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Joint and muscle pain, sprains and strains, adults and children.
 * - An injury with a bone through the skin: 999 (broken leg, arm or wrist pages). An
 *   injury that looks out of shape, cannot take weight, cracked or snapped, with severe pain,
 *   or numb, cold or discoloured below it: A&E or an urgent treatment centre (sprains and
 *   strains page).
 * - One leg swollen, warm and painful without an injury: a blood clot (DVT page: an urgent
 *   GP appointment or 111; 111 here, as in chest pain).
 * - A painful joint with a high temperature or feeling hot and shivery, when the joint is
 *   red or hot or the pain and swelling came on suddenly: 111 (joint pain and gout pages: it
 *   may be an infected joint). The joint pain page's other urgent signs (red or hot skin,
 *   sudden severe pain and swelling in one joint, pain painkillers do not touch, sore eyes,
 *   genital symptoms): an urgent GP appointment or 111 (the GP the same day here). A child
 *   limping without an injury: seen the same day (NICE CKS acute childhood limp).
 * - Pain, swelling or stiffness that does not go away in a few days, or long-standing joint
 *   pain: a GP. A sprain, strain or aching muscles that started in the last few days:
 *   care at home (rest, ice, painkillers).
 */
const ID = 'joint-muscle-pain';
const INJURY_AE = ['odd-shape', 'cannot-use', 'crack', 'severe-pain', 'numb-cold'] as const;
const JOINT_URGENT = ['red-hot', 'sudden-one-joint', 'painkillers-no-help', 'sore-eyes', 'genital'] as const;
const INFECTED_JOINT_SIGNS = ['red-hot', 'sudden-one-joint'] as const;

export const jointMusclePain: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'injury', { hint: true }),
    yesNo(ID, 'bone-through-skin', { enableWhen: [isYes('injury')] }),
    anyOf(ID, 'injury-signs', INJURY_AE, { hint: true, enableWhen: [isYes('injury')] }),
    yesNo(ID, 'leg-clot', { hint: true }),
    yesNo(ID, 'high-temperature'),
    anyOf(ID, 'joint-signs', JOINT_URGENT, { hint: true }),
    yesNo(ID, 'child-limp', { forPatient: { age: { max: 15 } } }),
    oneOf(ID, 'how-long', ['days', 'weeks', 'months']),
    yesNo(ID, 'swollen-stiff', { hint: true }),
  ],
  rules: [
    rule({ id: 'jm-bone-through-skin', disposition: 'call-999', when: all(yes('injury'), yes('bone-through-skin')), source: SOURCES.brokenLeg, hazard: 'HAZ-39' }),
    rule({ id: 'jm-injury-ae', disposition: 'go-to-ae', when: all(yes('injury'), tickedAny('injury-signs', INJURY_AE)), source: SOURCES.sprains, hazard: 'HAZ-39' }),
    rule({ id: 'jm-leg-clot', disposition: 'call-111', when: yes('leg-clot'), source: SOURCES.dvt, hazard: 'HAZ-12' }),
    rule({
      id: 'jm-infected-joint',
      disposition: 'call-111',
      when: all(yes('high-temperature'), any(tickedAny('joint-signs', INFECTED_JOINT_SIGNS), yes('child-limp'))),
      source: SOURCES.jointPain,
      hazard: 'HAZ-39',
    }),
    rule({ id: 'jm-joint-urgent', disposition: 'practice-today', when: tickedAny('joint-signs', JOINT_URGENT), source: SOURCES.jointPain, hazard: 'HAZ-39' }),
    rule({ id: 'jm-joint-temperature', disposition: 'practice-today', when: yes('high-temperature'), source: SOURCES.jointPain, hazard: 'HAZ-39' }),
    rule({ id: 'jm-child-limp', disposition: 'practice-today', when: yes('child-limp'), source: SOURCES.childhoodLimpCks, hazard: 'HAZ-39' }),
    // Joint pain page: see a GP if pain, swelling or stiffness does not go away in a few days.
    rule({
      id: 'jm-see-gp',
      disposition: 'routine',
      when: any(ticked('how-long', 'weeks'), ticked('how-long', 'months'), yes('swollen-stiff')),
      source: SOURCES.jointPain,
      hazard: 'HAZ-18',
    }),
    rule({ id: 'jm-self-care', disposition: 'self-care', when: all(ticked('how-long', 'days'), not(yes('swollen-stiff'))), source: SOURCES.sprains, hazard: 'HAZ-18' }),
  ],
};
