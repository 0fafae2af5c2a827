import type { QuestionnaireFindings } from './types';

export const feverAdult: QuestionnaireFindings = {
  'confused-or-slurred': { yes: { any: ['sudden-confusion', 'confused', 'speech-difficulty'] } },
  'breathing-fast': { yes: { any: ['breathing-very-fast', 'cannot-speak-breathless', 'struggling-to-breathe-at-rest'] } },
  'stiff-neck-or-light': { yes: { any: ['stiff-neck', 'light-hurts-eyes'] } },
  'feel-very-unwell': { yes: 'feels-very-unwell' },
  'no-wee-today': { yes: 'no-wee-all-day' },
  'keep-vomiting': { yes: { any: ['vomiting-repeatedly', 'cannot-keep-fluids-down'] } },
  'wound-red-swollen': { yes: 'wound-infected' },
  // The vocabulary's weak immune system starts with chemotherapy, the cause named here.
  chemotherapy: { yes: 'weak-immune-system' },
  'weak-immune': { yes: 'weak-immune-system' },
  'malaria-travel': { yes: 'recent-travel-malaria-area' },
  pregnant: { yes: 'pregnant' },
  days: { measure: 'days-unwell', default: 1 },
};

export const feverChild: QuestionnaireFindings = {
  'sleepy-hard-to-wake': { yes: { any: ['very-sleepy-hard-to-wake', 'cannot-stay-awake'] } },
  'breathing-fast': { yes: { any: ['breathing-very-fast', 'breathing-grunting-or-sucking-in', 'cannot-speak-breathless', 'struggling-to-breathe-at-rest'] } },
  'rash-not-fading': { yes: 'rash-not-fading' },
  'serious-signs': {
    options: { 'stiff-neck': 'stiff-neck', 'bothered-by-light': 'light-hurts-eyes', 'cold-hands-feet': 'cold-hands-feet', 'bulging-soft-spot': 'bulging-soft-spot', 'first-fit': { all: ['seizure-stopped', { not: 'seizures-before' }] } },
  },
  'another-fit': { yes: { all: ['seizure-stopped', 'seizures-before'] } },
  'temperature-38': { yes: 'high-temperature' },
  'vomiting-repeatedly': { yes: 'vomiting-repeatedly' },
  'no-wee-12-hours': { yes: 'no-wee-12-hours' },
  'dehydration-signs': { options: { 'sunken-eyes': 'dehydration-signs', 'dry-mouth': 'dehydration-signs', 'no-tears': 'dehydration-signs', 'sunken-soft-spot': 'dehydration-signs' } },
  chemotherapy: { yes: 'weak-immune-system' },
  'malaria-travel': { yes: 'recent-travel-malaria-area' },
  rash: { yes: { any: ['rash', 'rash-not-fading'] } },
  'not-usual-self': { yes: { any: ['not-their-usual-self', 'eating-less'] } },
  days: { measure: 'days-unwell', default: 1 },
};
