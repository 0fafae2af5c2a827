import type { QuestionnaireFindings } from './types';

export const mouthTeeth: QuestionnaireFindings = {
  'swelling-breathing': { yes: { any: ['mouth-swelling-breathing-swallowing', 'cannot-swallow-or-breathe'] } },
  'swelling-eye-neck': { yes: 'face-swelling-to-eye-or-neck' },
  'face-injury': {
    options: {
      'serious-injury': 'face-jaw-injury-serious',
      'bleeding-will-not-stop': 'mouth-bleeding-wont-stop',
      'knocked-out-or-sick': { all: [{ any: ['knock-to-head', 'head-injury', 'face-jaw-injury-serious'] }, { any: ['passed-out', 'feeling-sick', 'vision-blurred-or-double'] }] },
    },
    otherwise: 'none',
  },
  'urgent-dental': {
    options: {
      'knocked-out-tooth': 'tooth-knocked-out-or-injured',
      'severe-pain': 'dental-pain-severe-not-helped',
      'pain-not-going': 'dental-pain-not-going',
      'lump-growing': 'mouth-lump-growing',
      'after-tooth-out': 'problem-after-tooth-out',
      'broken-filling': 'broken-filling-crown-denture',
    },
    otherwise: 'none',
  },
  problem: {
    options: { toothache: 'toothache', gums: 'sore-gums', ulcer: 'mouth-ulcer', 'white-patches': 'oral-thrush', other: 'neutral' },
    otherwise: 'other',
  },
  'toothache-signs': {
    options: {
      'over-2-days': { any: ['toothache-over-2-days', { measure: 'days-unwell', atLeast: 3 }] },
      'high-temperature': 'high-temperature',
      'pain-biting': 'tooth-pain-biting',
      'red-gums': 'red-swollen-gums',
      'bad-taste': 'bad-taste-mouth',
      'swollen-cheek': 'swollen-cheek-or-jaw',
    },
    otherwise: 'none',
  },
  'ulcer-signs': {
    options: {
      'over-3-weeks': { any: ['mouth-ulcer-over-3-weeks', { measure: 'days-unwell', atLeast: 22 }] },
      'keep-coming-back': 'mouth-ulcers-recurring',
      'more-painful-red': 'mouth-ulcer-more-painful-red',
    },
    otherwise: 'none',
  },
  'thrush-see-gp': { options: { 'not-better-after-treatment': 'oral-thrush-treatment-failed', 'weak-immune': 'weak-immune-system', diabetes: 'diabetes' }, otherwise: 'none' },
};
