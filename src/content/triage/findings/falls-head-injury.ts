import type { QuestionnaireFindings } from './types';

/** How a simulated patient answers `falls-head-injury` (docs/clinical-safety/vignettes/README.md). */
export const fallsHeadInjury: QuestionnaireFindings = {
  'hit-head': { yes: { any: ['hit-head', 'head-injury'] } },
  'head-999': {
    options: {
      'not-awake': { any: ['unconscious', 'very-sleepy-hard-to-wake', 'cannot-stay-awake'] },
      fit: { any: ['seizure-now', 'seizure-stopped'] },
      'eyesight-hearing': { any: ['vision-loss', 'vision-blurred-or-double', 'hearing-loss-sudden', 'hearing-change'] },
      'fluid-ears-nose': 'clear-fluid-ears-nose',
      'bleeding-ears': 'bleeding-ears-or-bruise-behind-ears',
      'black-eye': 'black-eye-without-eye-injury',
      'numb-weak': { any: ['numbness-weakness', 'arm-weakness', 'face-drooping', 'sudden-one-side-numb-weak'] },
      'walking-speaking': { any: ['speech-difficulty', 'sudden-confusion', 'trouble-walking-balance'] },
      'serious-accident': { any: ['serious-accident-injury', 'head-injury-high-speed'] },
      'fell-from-height': 'fall-from-height',
      'dent-or-object': 'head-wound-dent-or-object',
    },
    otherwise: 'none',
  },
  'still-on-floor': { yes: 'cannot-get-up-after-fall' },
  'bone-through-skin': { yes: 'bone-through-skin' },
  'head-ae': {
    options: {
      'knocked-out': 'passed-out',
      'being-sick': { any: ['vomited-since-head-injury', 'vomiting-repeatedly', 'vomiting'] },
      headache: { any: ['headache-not-eased-by-painkillers', 'head-injury'] },
      behaviour: 'behaviour-change',
      memory: 'memory-loss',
      'alcohol-drugs': 'alcohol-or-drugs-before-injury',
      'blood-thinners': 'blood-thinners',
      'brain-surgery': 'past-brain-surgery',
      'hurt-on-purpose': 'injured-on-purpose',
    },
    otherwise: 'none',
  },
  'fall-ae': {
    options: { 'hip-pain': 'hip-pain-after-fall', 'cannot-stand-on-leg': 'cannot-bear-weight', 'odd-shape': 'limb-deformed' },
    otherwise: 'none',
  },
  'symptoms-2-weeks': { yes: 'head-injury-symptoms-over-2-weeks' },
  'falls-before': { yes: 'falls-before' },
};
