import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, any, anyOf, isNo, isYes, not, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Chest pain. The chest pain and heart attack pages send sudden chest pain to 999 when it
 * feels like pressure, heaviness, tightness or squeezing, spreads, comes with
 * breathlessness, sweating or sickness, or lasts more than 15 minutes. Other chest pain
 * needs a GP: the same day when it is there now or was in the last few days.
 *
 * A sore chest wall (a strained muscle or sore ribs, that hurts when pressed or on moving,
 * after a strain, exercise, coughing or a knock) is looked after at home, as the chest pain
 * page's common causes say. It only stands in for "chest pain now" or "in the last few days":
 * every 999 question above is asked first and still fires, so a sore chest wall with a red
 * flag still goes to 999.
 */
const ID = 'chest-pain';
const COMPANIONS = ['sweating', 'short-of-breath', 'feeling-sick', 'dizzy', 'anxious'];

export const chestPain: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'pain-now'),
    yesNo(ID, 'pain-feels', { enableWhen: [isYes('pain-now')] }),
    yesNo(ID, 'pain-spreads', { hint: true, enableWhen: [isYes('pain-now')] }),
    anyOf(ID, 'other-signs', COMPANIONS, { enableWhen: [isYes('pain-now')] }),
    yesNo(ID, 'pain-15-minutes', { enableWhen: [isYes('pain-now')] }),
    yesNo(ID, 'worse-breathing-in', { hint: true }),
    yesNo(ID, 'swollen-leg', { hint: true }),
    yesNo(ID, 'pain-recent', { enableWhen: [isNo('pain-now')] }),
    // Asked of everyone, so that answering it can never hide a 999 question or lower one.
    yesNo(ID, 'chest-wall', { hint: true }),
  ],
  rules: [
    rule({ id: 'cp-heart-attack-feel', disposition: 'call-999', when: all(yes('pain-now'), yes('pain-feels')), source: SOURCES.heartAttack, hazard: 'HAZ-01' }),
    rule({ id: 'cp-heart-attack-spread', disposition: 'call-999', when: all(yes('pain-now'), yes('pain-spreads')), source: SOURCES.heartAttack, hazard: 'HAZ-01' }),
    rule({ id: 'cp-heart-attack-signs', disposition: 'call-999', when: all(yes('pain-now'), tickedAny('other-signs', COMPANIONS)), source: SOURCES.heartAttack, hazard: 'HAZ-01' }),
    rule({ id: 'cp-lasting-15-minutes', disposition: 'call-999', when: all(yes('pain-now'), yes('pain-15-minutes')), source: SOURCES.chestPain, hazard: 'HAZ-01' }),
    // Pulmonary embolism: sudden chest pain worse on breathing in, or coughing up blood.
    rule({ id: 'cp-pulmonary-embolism', disposition: 'call-999', when: yes('worse-breathing-in'), source: SOURCES.pulmonaryEmbolism, hazard: 'HAZ-12' }),
    // A clot in the leg with chest pain or breathlessness may have reached the lungs.
    rule({
      id: 'cp-dvt-with-chest-pain',
      disposition: 'call-999',
      when: all(yes('swollen-leg'), any(yes('pain-now'), ticked('other-signs', 'short-of-breath'))),
      source: SOURCES.dvt,
      hazard: 'HAZ-12',
    }),
    rule({ id: 'cp-dvt', disposition: 'call-111', when: yes('swollen-leg'), source: SOURCES.dvt, hazard: 'HAZ-12' }),
    // Chest pain now, or in the last few days, without the 999 signs: a GP the same day.
    rule({ id: 'cp-pain-now', disposition: 'practice-today', when: all(yes('pain-now'), not(yes('chest-wall'))), source: SOURCES.chestPain, hazard: 'HAZ-01' }),
    rule({ id: 'cp-pain-recent', disposition: 'practice-today', when: all(yes('pain-recent'), not(yes('chest-wall'))), source: SOURCES.chestPain, hazard: 'HAZ-13' }),
    // Chest pain page, common causes: pain after a chest injury or exercise that eases when
    // the muscle rests is a strained chest muscle. Costochondritis hurts when pressed or on
    // moving and gets better on its own. Neither needs a GP the same day.
    rule({ id: 'cp-chest-wall-self-care', disposition: 'self-care', when: yes('chest-wall'), source: SOURCES.chestPain, hazard: 'HAZ-18' }),
  ],
};
