import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { anyOf, oneOf, rulePerOption, rule, ticked, tickedAny } from '../build';
import { SOURCES } from '../sources';

/**
 * Back pain. The back pain page: any sign of cauda equina syndrome means A&E now; a high
 * temperature, weight loss, a swelling or change in shape, pain after a fall or accident,
 * pain worse at night, or a history of cancer need an urgent GP appointment or 111.
 * Most back pain gets better in a few weeks with keeping active and painkillers.
 */
const ID = 'back-pain';
const CAUDA_EQUINA = ['numb-bottom', 'cannot-wee', 'bowel-control', 'legs-weak-numb', 'sex-problems'] as const;
const URGENT_SIGNS = ['high-temperature', 'weight-loss', 'swelling-or-shape', 'after-fall-or-accident', 'worse-at-night', 'had-cancer'];

export const backPain: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    anyOf(ID, 'cauda-equina', CAUDA_EQUINA, { hint: true }),
    anyOf(ID, 'urgent-signs', URGENT_SIGNS),
    oneOf(ID, 'how-long', ['under-6-weeks', '6-weeks-or-more']),
  ],
  rules: [
    ...rulePerOption(
      'cauda-equina',
      CAUDA_EQUINA.map((code) => ({ code, id: `bp-cauda-equina-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.backPain, hazard: 'HAZ-11' as const })),
    ),
    rule({ id: 'bp-urgent-signs', disposition: 'call-111', when: tickedAny('urgent-signs', URGENT_SIGNS), source: SOURCES.backPain, hazard: 'HAZ-13' }),
    rule({ id: 'bp-short-self-care', disposition: 'self-care', when: ticked('how-long', 'under-6-weeks'), source: SOURCES.backPain, hazard: 'HAZ-18' }),
  ],
};
