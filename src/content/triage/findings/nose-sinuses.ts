import type { QuestionnaireFindings } from './types';

export const noseSinuses: QuestionnaireFindings = {
  problem: {
    options: { nosebleed: 'nosebleed', sinus: 'blocked-nose-face-pain', 'hay-fever': 'hay-fever-symptoms', other: 'neutral' },
    otherwise: 'other',
  },
  'nosebleed-ae': {
    options: {
      'over-15-minutes': 'nosebleed-over-15-minutes',
      heavy: 'nosebleed-heavy',
      'swallowing-blood': 'swallowing-blood-vomiting',
      'after-head-injury': { any: ['knock-to-head', 'head-injury'] },
      'weak-dizzy': 'light-headed',
      breathing: { any: ['cannot-speak-breathless', 'struggling-to-breathe-at-rest'] },
    },
    otherwise: 'none',
  },
  'sinus-serious': {
    options: {
      'eye-swelling': 'swelling-around-eye',
      'sight-changes': { any: ['vision-blurred-or-double', 'vision-loss'] },
      'severe-headache': { any: ['severe-headache', 'sudden-severe-headache'] },
      confused: { any: ['confused', 'sudden-confusion'] },
      'stiff-neck': 'stiff-neck',
    },
    otherwise: 'none',
  },
  'nosebleed-gp': {
    options: { often: 'nosebleeds-often', anaemia: 'anaemia-signs', 'blood-thinners': 'takes-blood-thinners', 'clotting-condition': 'clotting-disorder' },
    otherwise: 'none',
  },
  'weak-immune': { yes: 'weak-immune-system' },
  pregnant: { yes: 'pregnant' },
  'sinus-how-long': {
    options: {
      '12-weeks-or-more': { any: ['sinus-over-12-weeks', { measure: 'days-unwell', atLeast: 84 }] },
      '10-days-to-12-weeks': { any: ['sinus-over-10-days', { measure: 'days-unwell', atLeast: 10 }] },
    },
    otherwise: 'under-10-days',
  },
  'hay-fever-gp': { options: { 'not-helped': 'hay-fever-not-helped', wheeze: 'wheeze' }, otherwise: 'none' },
};
