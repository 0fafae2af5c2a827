import type { QuestionnaireFindings } from './types';

const unwell = { any: ['high-temperature', 'feels-very-unwell', 'unwell-not-coping'] };

export const urinary: QuestionnaireFindings = {
  symptoms: {
    options: {
      burning: 'pain-weeing',
      'more-often': 'weeing-more-often',
      urgent: 'weeing-more-often',
      cloudy: 'cloudy-wee',
      blood: 'blood-in-wee',
      'lower-tummy-pain': 'lower-tummy-pain',
    },
  },
  'cannot-pee': { yes: 'cannot-pee' },
  'kidney-signs': { yes: 'kidney-infection-signs' },
  'high-temperature': { yes: 'high-temperature' },
  'weak-flow': { yes: 'weak-wee-flow' },
  leaking: { yes: 'leaking-wee-cough-laugh' },
  'very-thirsty': { yes: 'very-thirsty' },
  pregnant: { yes: 'pregnant' },
  recurrent: { yes: 'recurrent-uti' },
  catheter: { yes: 'catheter' },
  'weak-immune': { yes: 'weak-immune-system' },
};

export const soreThroat: QuestionnaireFindings = {
  'cannot-swallow-or-breathe': { yes: 'cannot-swallow-or-breathe' },
  'weak-immune-system': { yes: 'weak-immune-system' },
  rash: { yes: 'rash' },
  often: { yes: 'keeps-coming-back' },
  'how-long': {
    options: {
      'over-2-weeks': { measure: 'days-unwell', atLeast: 15 },
      '1-to-2-weeks': { any: ['sore-throat-over-1-week', { measure: 'days-unwell', atLeast: 7 }] },
    },
    otherwise: 'under-1-week',
  },
};

export const earache: QuestionnaireFindings = {
  'swelling-behind-ear': { yes: 'swelling-behind-ear' },
  'object-in-ear': { yes: 'object-in-ear' },
  'both-ears': { yes: 'earache-both-ears' },
  'hot-shivery': { yes: 'high-temperature' },
  'very-unwell': { yes: { all: ['feels-very-unwell', 'high-temperature'] } },
  'discharge-or-hearing': { yes: { any: ['ear-discharge', 'hearing-change'] } },
  'how-long': { options: { '3-days-or-more': { any: ['earache-over-3-days', { measure: 'days-unwell', atLeast: 3 }] } }, otherwise: 'under-3-days' },
};

export const rashSkin: QuestionnaireFindings = {
  'rash-not-fading': { yes: 'rash-not-fading' },
  kind: { options: { 'insect-bite': 'insect-bite', impetigo: 'impetigo', shingles: 'shingles', other: 'neutral' }, otherwise: 'other' },
  'bite-face-swelling': { yes: { any: ['sudden-swelling-lips-tongue-throat', 'cannot-speak-breathless'] } },
  'bite-spreading-unwell': { yes: 'bite-spreading-redness' },
  'bite-infected': { yes: 'bite-infected' },
  'impetigo-patches': { options: { 'more-than-4': 'impetigo-widespread', widespread: 'neutral' }, otherwise: 'up-to-4' },
  'generally-unwell': { yes: unwell },
  'shingles-days': { options: { 'more-than-7': { any: ['shingles-rash-over-7-days', { measure: 'days-unwell', atLeast: 8 }] } }, otherwise: 'up-to-7' },
  'shingles-eye': { yes: 'shingles-near-eye' },
  pregnant: { yes: 'pregnant' },
  'weak-immune': { yes: 'weak-immune-system' },
  'skin-hot-spreading': { yes: 'skin-spreading-redness-hot' },
  'measles-signs': { yes: { all: ['high-temperature', { any: ['cough', 'cold-symptoms', 'red-eye'] }] } },
  'rash-very-unwell': { yes: { any: ['feels-very-unwell', 'unwell-not-coping', 'not-their-usual-self'] } },
  'rash-how-long': { options: { '2-weeks-or-more': { measure: 'days-unwell', atLeast: 14 } }, otherwise: 'under-2-weeks' },
  'skin-unwell': { yes: unwell },
};

export const backPain: QuestionnaireFindings = {
  'chest-pain': { yes: { any: ['chest-pain-now', 'chest-pain-spreads'] } },
  'after-accident': { yes: { any: ['back-pain-after-fall-or-accident', 'serious-accident-injury'] } },
  'cauda-equina': {
    options: {
      'numb-bottom': 'numb-bottom-genitals',
      'cannot-wee': 'cannot-wee-or-control',
      'bowel-control': 'bowel-control-lost',
      'legs-weak-numb': 'legs-weak-numb-both',
      'sex-problems': 'sex-sensation-change',
    },
  },
  'urgent-signs': {
    options: {
      'high-temperature': 'high-temperature',
      'weight-loss': { any: ['back-pain-with-weight-loss', 'weight-loss'] },
      'swelling-or-shape': 'back-swelling-or-shape',
      'worse-at-night': 'back-pain-worse-at-night',
      'had-cancer': 'history-of-cancer',
      'upper-back': 'back-pain-between-shoulders',
    },
  },
  'how-long': { options: { '6-weeks-or-more': { any: ['back-pain-over-6-weeks', { measure: 'days-unwell', atLeast: 42 }] } }, otherwise: 'under-6-weeks' },
};

export const mentalHealth: QuestionnaireFindings = {
  'in-danger-now': { yes: { any: ['in-danger-now', 'suicide-attempt'] } },
  'suicidal-thoughts': { yes: 'suicidal-thoughts' },
  'self-harm': { yes: 'self-harm' },
  'not-safe-or-seeing-hearing': { yes: 'hearing-or-seeing-things' },
  'how-feeling': { options: { 'low-mood': 'low-mood', anxiety: 'anxiety', stress: 'stress', sleep: 'poor-sleep', other: 'neutral' }, otherwise: 'other' },
};

export const pregnancy: QuestionnaireFindings = {
  bleeding: { yes: 'vaginal-bleeding-pregnant' },
  'bleeding-heavy': { yes: 'vaginal-bleeding-heavy' },
  'tummy-pain-severe': { yes: { any: ['abdominal-pain-sudden-severe', 'shoulder-tip-pain'] } },
  weeks: { measure: 'weeks-pregnant', default: 12 },
  'movements-less': { yes: 'baby-moving-less' },
  'headache-vision-swelling': { yes: 'pre-eclampsia-signs' },
  'waters-or-contractions': { yes: 'waters-broken-or-contractions' },
  'high-temperature': { yes: 'high-temperature' },
  'cannot-keep-fluids-down': { yes: 'cannot-keep-fluids-down' },
  itching: { yes: 'itching-hands-feet' },
  'common-problem': {
    options: { sickness: { any: ['feeling-sick', 'vomiting'] }, heartburn: 'heartburn', constipation: 'constipation' },
  },
};

export const medication: QuestionnaireFindings = {
  'allergic-reaction': { yes: { any: ['allergic-reaction-to-medicine', 'sudden-swelling-lips-tongue-throat'] } },
  'taken-too-much': { options: { 'on-purpose': 'took-too-much-on-purpose', 'by-accident': 'took-too-much-accident', no: 'neutral' }, otherwise: 'no' },
  'question-about': {
    options: {
      'side-effect': { any: ['side-effect-mild', 'side-effect-bad'] },
      'run-out': { any: ['run-out-of-medicine', 'run-out-important'] },
      'how-to-take': 'question-how-to-take',
      other: 'neutral',
    },
    otherwise: 'other',
  },
  'side-effect-how-bad': { options: { bad: 'side-effect-bad', mild: 'neutral' }, otherwise: 'mild' },
  'none-left': { yes: 'run-out-of-medicine' },
  'run-out-important': { yes: 'run-out-important' },
};

export const somethingElse: QuestionnaireFindings = {
  'how-unwell': { options: { very: 'feels-very-unwell', quite: 'unwell-not-coping', 'a-bit': 'neutral' }, otherwise: 'a-bit' },
  changing: { options: { 'worse-quickly': 'getting-worse-quickly', 'worse-slowly': 'getting-worse-slowly', better: 'getting-better', same: 'neutral' }, otherwise: 'same' },
  'usual-things': { yes: 'cannot-do-usual-things' },
  'more-confused': { yes: { any: ['confused', 'sudden-confusion'] } },
  'see-gp-about': { options: { 'new-lump': 'new-lump', 'tired-all-the-time': 'tired-all-the-time' } },
  'pharmacy-problem': { options: { 'head-lice': 'head-lice', threadworms: 'itchy-bottom-worms' } },
  'how-long': {
    options: {
      today: { measure: 'days-unwell', atMost: 0 },
      'over-4-weeks': { measure: 'days-unwell', atLeast: 29 },
      '1-to-4-weeks': { measure: 'days-unwell', atLeast: 7 },
      'under-1-week': 'neutral',
    },
    otherwise: 'under-1-week',
  },
};
