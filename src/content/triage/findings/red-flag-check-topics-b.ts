import type { QuestionnaireFindings } from './types';

const breathless = { any: ['short-of-breath', 'sudden-breathlessness', 'struggling-to-breathe-at-rest', 'cannot-speak-breathless'] };

/**
 * The safety-net questions for the red flags of the newest topics (issue 12). Each answers
 * from the same findings as its topic's own question, so words typed after "Something else"
 * reach the outcome the topic would give. Merged into the red-flag-check mapping in index.ts.
 */
export const redFlagCheckTopicsB: QuestionnaireFindings = {
  'palpitations-now-with-signs': { yes: { all: ['palpitations-now', { any: ['chest-pain-now', 'chest-pain-pressure', breathless, 'light-headed', 'passed-out'] }] } },
  'head-injury-999-signs': {
    yes: {
      all: [
        { any: ['hit-head', 'head-injury', 'knock-to-head'] },
        {
          any: [
            'unconscious',
            'seizure-now',
            'seizure-stopped',
            'vision-loss',
            'vision-blurred-or-double',
            'hearing-loss-sudden',
            'clear-fluid-ears-nose',
            'bleeding-ears-or-bruise-behind-ears',
            'black-eye-without-eye-injury',
            'numbness-weakness',
            'arm-weakness',
            'face-drooping',
            'sudden-one-side-numb-weak',
            'speech-difficulty',
            'trouble-walking-balance',
            'serious-accident-injury',
            'head-injury-high-speed',
            'fall-from-height',
            'head-wound-dent-or-object',
          ],
        },
      ],
    },
  },
  'fallen-cannot-get-up': { yes: 'cannot-get-up-after-fall' },
  'bone-through-skin': { yes: 'bone-through-skin' },
  // A first fit, one that is still going, or one they have not come round from.
  'fit-first-or-long': {
    yes: {
      any: [
        'seizure-now',
        { all: ['seizure-stopped', { any: [{ not: 'seizures-before' }, 'confused', 'sudden-confusion', 'very-sleepy-hard-to-wake', 'unconscious', 'serious-accident-injury'] }] },
      ],
    },
  },
  'weak-high-pitched-cry': { yes: 'weak-high-pitched-cry' },
  'head-injury-ae-signs': {
    yes: {
      all: [
        { any: ['hit-head', 'head-injury', 'knock-to-head'] },
        {
          any: [
            'passed-out',
            'vomited-since-head-injury',
            'headache-not-eased-by-painkillers',
            'head-injury',
            'behaviour-change',
            'memory-loss',
            'alcohol-or-drugs-before-injury',
            'blood-thinners',
            'takes-blood-thinners',
            'past-brain-surgery',
            'injured-on-purpose',
          ],
        },
      ],
    },
  },
  'broken-bone-signs': {
    yes: { any: ['limb-deformed', 'cannot-bear-weight', 'cannot-bear-weight-or-use', 'hip-pain-after-fall', 'crack-or-snap-heard', 'heard-crack', 'injury-pain-severe', 'limb-numb-cold-below-injury', 'numb-cold-below-injury'] },
  },
  'fainted-heart-signs': {
    yes: { any: ['fainted-during-exercise', { all: [{ any: ['passed-out', 'fainted-recovered'] }, { any: ['palpitations-now', 'palpitations', breathless] }] }] },
  },
  'stroke-signs-passed': { yes: { all: ['stroke-signs-passed', { not: 'stroke-signs-passed-over-7-days' }] } },
  'weakness-spreading-quickly': { yes: 'weakness-spreading-fast' },
  'bulging-soft-spot': { yes: 'bulging-soft-spot' },
  'not-feeding-no-wee': { yes: { any: ['feeding-less-than-half', 'stopped-feeding', 'no-wee-12-hours', 'vomiting-repeatedly'] } },
  'hot-joint-fever': { yes: { all: ['high-temperature', { any: ['joint-red-hot', 'joint-sudden-severe-swelling', 'hot-swollen-joint'] }] } },
  'leg-clot-signs': { yes: 'leg-swollen-painful' },
  'skin-hot-spreading-fever': { yes: { all: ['high-temperature', { any: ['skin-spreading-redness-hot', 'bite-spreading-redness'] }] } },
  'eczema-painful-blisters': { yes: 'eczema-painful-blisters' },
};
