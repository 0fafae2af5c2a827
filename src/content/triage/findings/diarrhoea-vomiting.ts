import type { ItemFindings, QuestionnaireFindings } from './types';

/** The three diarrhoea and vomiting questionnaires (adult, child, baby) share their questions' meaning. */
const vomiting = { any: ['vomiting', 'vomiting-repeatedly', 'vomiting-blood', 'green-vomit'] } as const;
const which: ItemFindings = {
  options: { both: { all: ['diarrhoea', vomiting] }, diarrhoea: 'diarrhoea', vomiting },
  otherwise: 'diarrhoea',
};
const emergencySigns = {
  'vomit-blood': 'vomiting-blood',
  'green-vomit': 'green-vomit',
  poison: 'swallowed-poison',
  'stiff-neck-light': { all: ['stiff-neck', 'light-hurts-eyes'] },
  'sudden-severe-pain': { any: ['sudden-severe-headache', 'abdominal-pain-sudden-severe'] },
} as const;
const common = {
  'cannot-keep-fluids': { yes: 'cannot-keep-fluids-down' },
  'blood-in-poo': { yes: { any: ['blood-in-poo', 'black-or-bloody-poo'] } },
  which,
  // A duration named, or the days unwell when only one of the two is present.
  'diarrhoea-over-7-days': { yes: { any: ['diarrhoea-over-7-days', { all: ['diarrhoea', { not: vomiting }, { measure: 'days-unwell', atLeast: 8 }] }] } },
  'vomiting-over-2-days': { yes: { any: ['vomiting-over-2-days', { all: [vomiting, { not: 'diarrhoea' }, { measure: 'days-unwell', atLeast: 3 }] }] } },
} satisfies QuestionnaireFindings;
const childDehydration = {
  'sunken-eyes': { any: ['sunken-eyes', 'dehydration-signs'] },
  'no-tears': { any: ['no-tears', 'dehydration-signs'] },
  'dry-mouth': { any: ['dry-mouth', 'dehydration-signs'] },
  'cold-hands-feet': { any: ['cold-blotchy-hands-feet', 'cold-hands-feet', 'dehydration-signs'] },
  drowsy: { any: ['unusually-tired-or-drowsy', 'very-sleepy-hard-to-wake'] },
} as const;

export const diarrhoeaVomitingAdult: QuestionnaireFindings = {
  ...common,
  'emergency-signs': { options: emergencySigns, otherwise: 'none' },
  dehydration: {
    options: {
      'dizzy-standing': 'dizzy-on-standing',
      'no-wee-all-day': 'no-wee-all-day',
      'tired-confused': { any: ['unusually-tired-or-drowsy', 'confused', 'sudden-confusion'] },
      'fast-weak-pulse': 'fast-weak-pulse',
      'still-dry-after-sachets': 'dry-despite-rehydration',
    },
    otherwise: 'none',
  },
  abroad: { yes: 'travelled-abroad' },
};

export const diarrhoeaVomitingChild: QuestionnaireFindings = {
  ...common,
  'emergency-signs': { options: emergencySigns, otherwise: 'none' },
  'stopped-feeding': { yes: 'stopped-feeding' },
  dehydration: {
    options: {
      'weeing-less': { any: ['fewer-wet-nappies', 'no-wee-12-hours'] },
      'no-wee-12-hours': 'no-wee-12-hours',
      ...childDehydration,
    },
    otherwise: 'none',
  },
  abroad: { yes: 'travelled-abroad' },
};

export const diarrhoeaVomitingBaby: QuestionnaireFindings = {
  ...common,
  'emergency-signs': { options: { 'vomit-blood': 'vomiting-blood', 'green-vomit': 'green-vomit', poison: 'swallowed-poison' }, otherwise: 'none' },
  'stopped-feeding': { yes: 'stopped-feeding' },
  dehydration: {
    options: {
      'fewer-wet-nappies': { any: ['fewer-wet-nappies', 'no-wee-12-hours'] },
      'no-wet-nappy-12-hours': 'no-wee-12-hours',
      'sunken-soft-spot': 'sunken-fontanelle',
      ...childDehydration,
    },
    otherwise: 'none',
  },
};
