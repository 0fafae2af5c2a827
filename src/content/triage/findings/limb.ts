import type { QuestionnaireFindings } from './types';

export const limb: QuestionnaireFindings = {
  injury: { yes: { any: ['limb-injury', 'bone-through-skin', 'limb-deformed', 'cannot-bear-weight-or-use', 'heard-crack', 'numb-cold-below-injury', 'serious-accident-injury'] } },
  'bone-showing': { yes: 'bone-through-skin' },
  'clot-signs': { yes: 'leg-swollen-painful' },
  'clot-breathing': { yes: { any: ['sudden-breathlessness', 'chest-pain-on-breathing-in', 'chest-pain-now', 'cannot-speak-breathless', 'struggling-to-breathe-at-rest'] } },
  'injury-signs': {
    options: { 'odd-angle': 'limb-deformed', 'cannot-use': 'cannot-bear-weight-or-use', crack: 'heard-crack', 'numb-cold': 'numb-cold-below-injury' },
    otherwise: 'none',
  },
  'cold-pale': { yes: 'limb-cold-pale-sudden' },
  'skin-hot-swollen': { yes: 'skin-spreading-redness-hot' },
  'hot-joint': { yes: 'hot-swollen-joint' },
  'high-temperature': { yes: 'high-temperature' },
  'child-limp': { yes: 'child-limping' },
  'how-long': { options: { 'under-2-weeks': { measure: 'days-unwell', atMost: 13 } }, otherwise: '2-weeks-or-more' },
};
