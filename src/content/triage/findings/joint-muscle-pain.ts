import type { QuestionnaireFindings } from './types';

/** How a simulated patient answers `joint-muscle-pain`. */
export const jointMusclePain: QuestionnaireFindings = {
  injury: { yes: 'limb-or-joint-injury' },
  'bone-through-skin': { yes: 'bone-through-skin' },
  'injury-signs': {
    options: {
      'odd-shape': 'limb-deformed',
      'cannot-use': 'cannot-bear-weight',
      crack: 'crack-or-snap-heard',
      'severe-pain': 'injury-pain-severe',
      'numb-cold': 'limb-numb-cold-below-injury',
    },
    otherwise: 'none',
  },
  'leg-clot': { yes: 'leg-swollen-painful' },
  'high-temperature': { yes: 'high-temperature' },
  'joint-signs': {
    options: {
      'red-hot': 'joint-red-hot',
      'sudden-one-joint': 'joint-sudden-severe-swelling',
      'painkillers-no-help': 'joint-pain-not-eased',
      'sore-eyes': 'joint-pain-with-sore-eyes',
      genital: 'joint-pain-with-genital-symptoms',
    },
    otherwise: 'none',
  },
  'child-limp': { yes: 'limp-no-injury' },
  // First that holds; with no duration given, assume weeks (a GP, not care at home).
  'how-long': {
    options: {
      months: { any: ['joint-pain-long-standing', { measure: 'days-unwell', atLeast: 43 }] },
      days: { measure: 'days-unwell', atMost: 6 },
      weeks: { measure: 'days-unwell', atLeast: 7 },
    },
    otherwise: 'weeks',
  },
  'swollen-stiff': { yes: 'joint-swollen-stiff' },
};
