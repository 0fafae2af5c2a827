import type { Has, QuestionnaireFindings } from './types';

const breathless: Has = { any: ['short-of-breath', 'struggling-to-breathe-at-rest', 'sudden-breathlessness', 'cannot-speak-breathless', 'breathless-getting-worse'] };

export const chestPain: QuestionnaireFindings = {
  'pain-now': { yes: 'chest-pain-now' },
  'pain-feels': { yes: 'chest-pain-pressure' },
  'pain-spreads': { yes: 'chest-pain-spreads' },
  'other-signs': { options: { sweating: 'sweating', 'short-of-breath': breathless, 'feeling-sick': 'feeling-sick', dizzy: 'light-headed', anxious: 'overwhelming-anxiety' } },
  'pain-15-minutes': { yes: 'chest-pain-over-15-minutes' },
  'worse-breathing-in': { yes: { any: ['chest-pain-on-breathing-in', 'coughing-blood'] } },
  'swollen-leg': { yes: 'leg-swollen-painful' },
  'pain-recent': { yes: 'chest-pain-recent-gone' },
  'chest-wall': { yes: 'chest-pain-tender-or-movement' },
};

export const breathingCough: QuestionnaireFindings = {
  'too-breathless-to-speak': { yes: { any: ['cannot-speak-breathless', 'skin-blue-grey-blotchy'] } },
  'sudden-breathless': { yes: 'sudden-breathlessness' },
  'has-asthma': { yes: 'asthma' },
  // The finding lumps "not helping" with "needed every 4 hours": it is not helping when the
  // patient is still struggling to breathe after it.
  'reliever-not-helping': {
    yes: { all: ['reliever-not-helping', { any: ['cannot-speak-breathless', 'struggling-to-breathe-at-rest', 'breathing-grunting-or-sucking-in', 'breathing-very-fast', 'short-of-breath', 'breathless-getting-worse'] }] },
  },
  'reliever-every-4-hours': { yes: 'reliever-not-helping' },
  'high-temperature': { yes: 'high-temperature' },
  'getting-more-breathless': { yes: 'breathless-getting-worse' },
  'coughing-blood': { yes: 'coughing-blood' },
  'temperature-and-breathless': { yes: { all: ['high-temperature', { any: ['short-of-breath', 'struggling-to-breathe-at-rest', 'breathless-getting-worse', 'breathing-very-fast'] }] } },
  'main-problem': { options: { 'blocked-nose-face-pain': 'blocked-nose-face-pain', cough: 'cough', cold: 'cold-symptoms', other: 'neutral' }, otherwise: 'other' },
  'cough-length': { options: { '3-weeks-or-more': { any: ['cough-over-3-weeks', { measure: 'days-unwell', atLeast: 21 }] } }, otherwise: 'under-3-weeks' },
  'cough-see-gp': {
    options: {
      'very-bad': 'cough-very-bad',
      'chest-pain': { any: ['chest-pain-now', 'chest-pain-on-breathing-in'] },
      'weight-loss': 'weight-loss',
      'swollen-neck': 'swollen-neck-gland',
      'weak-immune': 'weak-immune-system',
    },
  },
  'sinus-red-flags': {
    options: {
      'eye-swelling': 'swelling-around-eye',
      vision: { any: ['vision-loss', 'vision-blurred-or-double'] },
      'severe-headache': { any: ['severe-headache', 'sudden-severe-headache'] },
      confused: { any: ['confused', 'sudden-confusion'] },
      'stiff-neck': 'stiff-neck',
    },
  },
  'sinus-weak-immune': { yes: 'weak-immune-system' },
};
