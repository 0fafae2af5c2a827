import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { anyOf, oneOf, rulePerOption, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Back pain. The back pain page: any sign of cauda equina syndrome, or pain after a serious
 * accident, means A&E now; a high temperature, weight loss, a swelling or change in shape,
 * pain worse at night, pain high in the back between the shoulders, or a history of cancer
 * need an urgent GP appointment or 111. With chest pain, the heart attack page: 999.
 * Most back pain gets better in a few weeks with keeping active and painkillers.
 */
const ID = 'back-pain';
const CAUDA_EQUINA = ['numb-bottom', 'cannot-wee', 'bowel-control', 'legs-weak-numb', 'sex-problems'] as const;
const URGENT_SIGNS = ['high-temperature', 'weight-loss', 'swelling-or-shape', 'worse-at-night', 'had-cancer', 'upper-back'];

export const backPain: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'chest-pain'),
    anyOf(ID, 'cauda-equina', CAUDA_EQUINA, { hint: true }),
    yesNo(ID, 'after-accident'),
    anyOf(ID, 'urgent-signs', URGENT_SIGNS),
    oneOf(ID, 'how-long', ['under-6-weeks', '6-weeks-or-more']),
  ],
  rules: [
    ...rulePerOption(
      'cauda-equina',
      CAUDA_EQUINA.map((code) => ({ code, id: `bp-cauda-equina-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.backPain, hazard: 'HAZ-11' as const })),
    ),
    // Back pain with chest pain can be a heart attack or a tear in the aorta: 999.
    rule({ id: 'bp-chest-pain', disposition: 'call-999', when: yes('chest-pain'), source: SOURCES.heartAttack, hazard: 'HAZ-01' }),
    rule({ id: 'bp-after-accident', disposition: 'go-to-ae', when: yes('after-accident'), source: SOURCES.backPain, hazard: 'HAZ-06' }),
    rule({ id: 'bp-urgent-signs', disposition: 'call-111', when: tickedAny('urgent-signs', URGENT_SIGNS), source: SOURCES.backPain, hazard: 'HAZ-13' }),
    rule({ id: 'bp-short-self-care', disposition: 'self-care', when: ticked('how-long', 'under-6-weeks'), source: SOURCES.backPain, hazard: 'HAZ-18' }),
  ],
};
