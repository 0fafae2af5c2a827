import type { QuestionnaireFindings } from './types';

/** How a simulated patient answers `dizziness-fainting`. */
export const dizzinessFainting: QuestionnaireFindings = {
  'stroke-signs': { yes: { any: ['face-drooping', 'arm-weakness', 'speech-difficulty', 'sudden-one-side-numb-weak', 'vision-loss'] } },
  'heart-signs': {
    options: {
      'chest-pain': { any: ['chest-pain-now', 'chest-pain-pressure'] },
      heartbeat: { any: ['palpitations-now', 'palpitations'] },
      breathless: { any: ['short-of-breath', 'sudden-breathlessness', 'struggling-to-breathe-at-rest', 'cannot-speak-breathless'] },
      'during-exercise': 'fainted-during-exercise',
    },
    otherwise: 'none',
  },
  fainted: { yes: { any: ['passed-out', 'fainted-recovered', 'fainted-during-exercise'] } },
  'heart-condition': { yes: 'heart-condition' },
  'ear-signs': {
    options: {
      'hearing-loss-sudden': 'hearing-loss-sudden',
      'ear-discharge-fever': { any: ['ear-discharge', 'high-temperature'] },
      'hearing-ringing': { any: ['tinnitus-or-hearing-worse', 'hearing-change'] },
    },
    otherwise: 'none',
  },
  // First that holds: a spell that keeps coming back outranks how one spell felt.
  pattern: {
    options: {
      'all-the-time': 'dizzy-all-the-time',
      'keeps-coming-back': 'dizzy-keeps-coming-back',
      'moving-head': 'vertigo-on-head-movement',
      'on-standing': 'dizzy-briefly-on-standing',
      'once-passed': { any: ['dizzy-once-passed', 'fainted-recovered'] },
    },
    otherwise: 'keeps-coming-back',
  },
  'fainted-before': { yes: 'fainted-before' },
  'new-medicine': { yes: 'started-new-medicine' },
};
