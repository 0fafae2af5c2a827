import type { QuestionnaireFindings } from './types';

export const headache: QuestionnaireFindings = {
  'sudden-worst-ever': { yes: 'sudden-severe-headache' },
  'weakness-vision-speech': { yes: { any: ['numbness-weakness', 'vision-loss', 'speech-difficulty', 'sudden-confusion', 'face-drooping', 'arm-weakness'] } },
  'high-temperature': { yes: 'high-temperature' },
  'stiff-neck': { yes: 'stiff-neck' },
  'light-hurts-eyes': { yes: 'light-hurts-eyes' },
  'red-painful-eye': { yes: { all: ['red-eye', 'eye-pain'] } },
  'head-injury': { yes: 'head-injury' },
  'urgent-signs': {
    options: {
      'wakes-at-night': 'headache-wakes-at-night',
      'worse-coughing-straining': 'headache-worse-straining',
      'jaw-pain-chewing': 'jaw-pain-chewing-or-scalp-tender',
      'scalp-tender': 'jaw-pain-chewing-or-scalp-tender',
      'vision-blurred-double': 'vision-blurred-or-double',
      'being-sick': { any: ['vomiting', 'vomiting-repeatedly'] },
      'wakes-with-it': 'headache-on-waking',
    },
  },
  'how-long': {
    options: {
      'comes-and-goes': 'headache-comes-and-goes',
      '3-days-or-more': { any: ['headache-over-3-days', { measure: 'days-unwell', atLeast: 3 }] },
    },
    otherwise: 'under-3-days',
  },
  'usual-migraine': { yes: 'migraine-usual' },
  'migraine-see-gp': { yes: 'migraine-frequent-or-not-helped' },
};

export const abdominalPain: QuestionnaireFindings = {
  'emergency-signs': {
    options: {
      'vomiting-blood': 'vomiting-blood',
      'black-or-bloody-poo': 'black-or-bloody-poo',
      'sudden-severe': 'abdominal-pain-sudden-severe',
      'hurts-to-touch': 'tummy-hurts-to-touch',
      'cannot-poo-or-fart': 'cannot-poo-or-fart',
      'cannot-pee': 'cannot-pee',
      'diabetes-vomiting': { all: ['diabetes', { any: ['vomiting', 'vomiting-repeatedly'] }] },
    },
  },
  'faint-or-through-to-back': { yes: { any: ['back-pain', 'light-headed', 'sweating', 'passed-out'] } },
  'common-cause': { options: { 'indigestion-or-wind': { any: ['trapped-wind-bloating', 'heartburn'] }, constipation: 'constipation', 'period-pain': 'period-pain' } },
  'how-bad': { options: { severe: { any: ['abdominal-pain-severe', 'abdominal-pain-sudden-severe'] }, moderate: 'abdominal-pain-moderate', mild: 'abdominal-pain-mild' }, otherwise: 'mild' },
  'could-be-pregnant': { yes: { any: ['could-be-pregnant', 'pregnant'] } },
  'moves-lower-right': { yes: 'pain-moved-lower-right' },
  'high-temperature': { yes: 'high-temperature' },
  'see-gp-soon': {
    options: {
      'keeps-coming-back': 'tummy-pain-keeps-coming-back',
      'weight-loss': 'weight-loss',
      'diarrhoea-over-7-days': 'diarrhoea-over-7-days',
      'vomiting-over-2-days': 'vomiting-over-2-days',
      'burns-to-pee': 'pain-weeing',
    },
  },
  'how-long': {
    options: { 'under-2-days': { measure: 'days-unwell', atMost: 1 }, 'over-2-weeks': { measure: 'days-unwell', atLeast: 15 } },
    otherwise: '2-days-to-2-weeks',
  },
};
