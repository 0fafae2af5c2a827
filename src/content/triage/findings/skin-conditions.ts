import type { QuestionnaireFindings } from './types';

/** How a simulated patient answers `skin-conditions`. */
export const skinConditions: QuestionnaireFindings = {
  'rash-not-fading': { yes: 'rash-not-fading' },
  'swelling-breathing': { yes: { any: ['sudden-swelling-lips-tongue-throat', 'cannot-speak-breathless', 'struggling-to-breathe-at-rest', 'severe-allergic-reaction'] } },
  kind: {
    options: {
      eczema: 'eczema',
      psoriasis: 'psoriasis',
      acne: 'acne',
      hives: 'hives',
      mole: 'mole-or-skin-lump',
      itching: 'itchy-skin-no-rash',
      other: 'neutral',
    },
    otherwise: 'other',
  },
  'hot-spreading': { yes: 'skin-spreading-redness-hot' },
  'high-temperature': { yes: 'high-temperature' },
  'eczema-signs': {
    options: { blisters: 'eczema-painful-blisters', infected: 'eczema-infected', 'not-helping': 'skin-treatment-not-helping' },
    otherwise: 'none',
  },
  'psoriasis-signs': {
    options: {
      widespread: 'psoriasis-widespread-sudden',
      'pus-spots': 'psoriasis-pus-spots',
      'not-helping': 'skin-treatment-not-helping',
      joints: { any: ['psoriasis-joint-pain', 'joint-swollen-stiff'] },
    },
    otherwise: 'none',
  },
  'acne-signs': {
    options: { 'painful-lumps': 'acne-severe', scars: 'acne-severe', 'not-helping': 'skin-treatment-not-helping', upset: 'skin-causing-distress' },
    otherwise: 'none',
  },
  'hives-signs': { options: { swelling: 'angioedema', 'over-6-weeks': 'hives-over-6-weeks' }, otherwise: 'none' },
  'mole-signs': { options: { changed: 'mole-changed', bleeding: 'mole-bleeding-itchy-crusting', new: 'mole-new-adult' }, otherwise: 'none' },
  'itching-signs': { options: { yellow: 'jaundice', 'all-over': 'itching-all-over', 'over-2-weeks': 'itching-over-2-weeks' }, otherwise: 'none' },
  'pregnant-itching': { yes: 'pregnant' },
};
