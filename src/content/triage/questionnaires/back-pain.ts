import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { anyOf, oneOf, rulePerOption, rule, ticked, tickedAny } from '../build';
import { SOURCES } from '../sources';

const ID = 'back-pain';
const CAUDA_EQUINA = ['numb-bottom', 'cannot-wee', 'bowel-control', 'legs-weak-numb', 'sex-problems'] as const;
const URGENT_SIGNS = ['high-temperature', 'weight-loss', 'swelling-or-shape', 'after-fall-or-accident', 'worse-at-night'];

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
    // Back pain page: any of these with back pain — go to A&E or call 999 (cauda equina).
    ...rulePerOption(
      'cauda-equina',
      CAUDA_EQUINA.map((code) => ({ code, id: `bp-cauda-equina-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.backPain, hazard: 'HAZ-11' as const })),
    ),
    rule({ id: 'bp-urgent-signs', disposition: 'call-111', when: tickedAny('urgent-signs', URGENT_SIGNS), source: SOURCES.backPain, hazard: 'HAZ-13' }),
    rule({ id: 'bp-short-self-care', disposition: 'self-care', when: ticked('how-long', 'under-6-weeks'), source: SOURCES.backPain, hazard: 'HAZ-18' }),
  ],
};
