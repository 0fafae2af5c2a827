import type { QuestionnaireFindings } from './types';

export const woundsBitesBurns: QuestionnaireFindings = {
  kind: {
    options: { burn: { any: ['burn', 'severe-burn'] }, 'animal-bite': { any: ['animal-bite', 'human-bite'] }, insect: 'insect-bite', cut: 'cut-wound' },
    otherwise: 'cut',
  },
  allergy: {
    options: {
      breathing: { any: ['cannot-speak-breathless', 'struggling-to-breathe-at-rest', 'wheeze'] },
      swelling: { any: ['sudden-swelling-lips-tongue-throat', 'severe-allergic-reaction'] },
      swallowing: 'cannot-swallow-or-breathe',
      'dizzy-faint': { any: ['light-headed', 'passed-out', 'severe-allergic-reaction'] },
      'fast-heartbeat': 'fast-heartbeat',
      'being-sick': 'feeling-sick',
    },
    otherwise: 'none',
  },
  'bleeding-will-not-stop': { yes: { any: ['bleeding-wont-stop', 'heavy-bleeding'] } },
  'wound-ae': {
    options: {
      'large-deep': 'wound-large-deep-gaping',
      'face-head': 'wound-face-or-head',
      'numb-cannot-move': 'wound-numb-or-cannot-move',
      'something-stuck': 'wound-object-stuck',
      'palm-infected': 'palm-cut-infected',
      'part-torn-off': 'body-part-torn-off',
    },
    otherwise: 'none',
  },
  'burn-ae': {
    options: {
      'chemical-electrical': 'burn-chemical-or-electrical',
      'bigger-than-hand': { any: ['burn-bigger-than-hand', 'severe-burn'] },
      'white-charred': 'burn-white-or-charred',
      'blisters-face-hands-feet-genitals': 'burn-blisters-face-hands-feet-genitals',
      smoke: 'breathed-smoke',
    },
    otherwise: 'none',
  },
  'tetanus-signs': { yes: 'muscle-stiffness-spasms' },
  'bite-111': {
    options: {
      'dirt-in-bite': 'bite-dirt-or-teeth-in-wound',
      'hot-swollen-leaking': 'animal-bite-infected',
      'high-temperature': 'high-temperature',
      'hands-feet': 'bite-on-hand-or-foot',
      person: 'human-bite',
    },
    otherwise: 'none',
  },
  'insect-urgent': {
    options: { 'mouth-throat-eye': 'sting-mouth-throat-or-eye', 'spreading-unwell': { any: ['bite-spreading-redness', 'high-temperature'] } },
    otherwise: 'none',
  },
  'wound-infected': { yes: { any: ['wound-infected', 'palm-cut-infected'] } },
  'burn-at-risk': { yes: { any: ['pregnant', 'diabetes', 'weak-immune-system', 'heart-lung-liver-condition'] } },
  'tetanus-risk': { yes: 'tetanus-prone-not-vaccinated' },
  'insect-infected': { options: { 'large-red-swollen': 'bite-large-red-area', 'pus-worse': 'bite-infected' }, otherwise: 'none' },
  'insect-exclusions': { options: { abroad: 'bitten-abroad', tick: 'tick-bite', 'weak-immune': 'weak-immune-system' }, otherwise: 'none' },
};
