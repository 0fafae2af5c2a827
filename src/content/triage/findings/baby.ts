import type { QuestionnaireFindings } from './types';

/** How a simulated patient answers `baby`: the age bands read the measure `age-weeks`. */
export const baby: QuestionnaireFindings = {
  'signs-999': {
    options: {
      'stops-breathing': 'breathing-pauses',
      'hard-breathing': { any: ['breathing-grunting-or-sucking-in', 'breathing-very-fast'] },
      floppy: 'limp-floppy',
      'hard-to-wake': { any: ['very-sleepy-hard-to-wake', 'unconscious', 'cannot-stay-awake'] },
      'weak-cry': 'weak-high-pitched-cry',
      colour: 'skin-blue-grey-blotchy',
      rash: 'rash-not-fading',
      fit: { any: ['seizure-now', 'seizure-stopped'] },
      'not-responding': 'not-responding-normally',
      injured: { any: ['serious-accident-injury', 'injured-on-purpose'] },
    },
    otherwise: 'none',
  },
  age: {
    options: {
      'under-8-weeks': { measure: 'age-weeks', atMost: 7 },
      '8-weeks-to-3-months': { any: [{ measure: 'age-weeks', atLeast: 8, atMost: 12 }, 'baby-under-3-months-temperature'] },
      '3-to-6-months': { measure: 'age-weeks', atLeast: 13, atMost: 25 },
      '6-to-12-months': { measure: 'age-weeks', atLeast: 26 },
    },
    otherwise: '6-to-12-months',
  },
  'very-worried': { yes: 'parent-very-worried' },
  'signs-ae': {
    options: { 'bulging-soft-spot': 'bulging-soft-spot', 'cold-hands-feet': 'cold-hands-feet', 'green-vomit': 'bile-green-vomit', 'blood-vomit': 'vomiting-blood' },
    otherwise: 'none',
  },
  // First that holds: a measured temperature outranks "feels hot".
  temperature: {
    options: {
      '39-or-more': 'temperature-measured-39',
      '38-to-38-9': { any: ['temperature-measured-38', 'baby-under-3-months-temperature'] },
      'feels-hot': 'high-temperature',
      'not-hot': 'neutral',
    },
    otherwise: 'not-hot',
  },
  feeding: { options: { 'less-than-half': 'feeding-less-than-half', 'a-bit-less': 'eating-less', 'as-usual': 'neutral' }, otherwise: 'as-usual' },
  'no-wet-nappy': { yes: 'no-wee-12-hours' },
  dehydration: {
    options: { 'sunken-soft-spot': 'sunken-fontanelle', 'dry-mouth': 'dehydration-signs', 'no-tears': 'dehydration-signs', 'sunken-eyes': 'dehydration-signs' },
    otherwise: 'none',
  },
  'being-sick': { yes: 'vomiting-repeatedly' },
  'fever-days': { measure: 'days-unwell', default: 1 },
  yellow: { yes: 'jaundice' },
  'not-usual-self': { yes: { any: ['not-their-usual-self', 'parent-very-worried'] } },
  problem: { options: { cold: 'cold-symptoms', teething: 'teething', 'nappy-rash': 'nappy-rash', other: 'neutral' }, otherwise: 'other' },
};
