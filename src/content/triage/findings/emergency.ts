import type { Has, QuestionnaireFindings } from './types';

/** Both emergency screens ask the same signs in the same words where they overlap. */
const stroke: Has = { any: ['face-drooping', 'arm-weakness', 'speech-difficulty'] };
const feverStiffNeck: Has = { all: ['high-temperature', { any: ['stiff-neck', 'light-hurts-eyes'] }] };
const aeSigns = {
  options: {
    // A fit that has stopped is asked on its own, before this list (fit-stopped).
    'lost-consciousness': 'passed-out',
    'confused-suddenly': 'sudden-confusion',
    'fits-not-stopping': 'seizure-now',
    'chest-pain-severe': 'chest-pain-severe-persistent',
    'breathing-difficulty': 'struggling-to-breathe-at-rest',
    'bleeding-not-stopping': 'bleeding-wont-stop',
    'allergic-reaction': 'severe-allergic-reaction',
    burns: 'severe-burn',
  },
};

/** Not back to normal after a fit, or hurt in it. */
const notBackToNormal: Has = { any: ['confused', 'sudden-confusion', 'very-sleepy-hard-to-wake', 'unconscious', 'serious-accident-injury', 'seizure-now'] };

/** A fit that has stopped: a first one (or one they are not over), or one like their usual fits. */
const fitStopped = {
  options: {
    'first-or-long': { all: ['seizure-stopped', { any: [{ not: 'seizures-before' }, notBackToNormal] }] },
    usual: { all: ['seizure-stopped', 'seizures-before', { not: notBackToNormal }] },
  },
  otherwise: 'none',
} satisfies QuestionnaireFindings[string];

export const emergencyAdult: QuestionnaireFindings = {
  'signs-now': {
    options: {
      // The screen asks what is happening now: chest pain that has gone is for the topic.
      'heart-attack': { all: ['chest-pain-now', 'chest-pain-pressure'] },
      stroke,
      'sudden-confusion': 'sudden-confusion',
      'severe-breathing': { any: ['cannot-speak-breathless', 'choking'] },
      'seizure-or-unconscious': { any: ['seizure-now', 'unconscious'] },
      swelling: 'sudden-swelling-lips-tongue-throat',
    },
  },
  'signs-now-more': {
    options: {
      'heavy-bleeding': 'heavy-bleeding',
      'severe-injury': 'serious-accident-injury',
      'suicide-attempt': 'suicide-attempt',
      labour: 'in-labour',
      'skin-colour': 'skin-blue-grey-blotchy',
      'rash-not-fading': 'rash-not-fading',
      'fever-stiff-neck': feverStiffNeck,
    },
  },
  'ae-signs': aeSigns,
  'fit-stopped': fitStopped,
};

export const emergencyChild: QuestionnaireFindings = {
  'signs-now': {
    options: {
      'seizure-or-cannot-wake': { any: ['seizure-now', 'unconscious'] },
      choking: 'choking',
      'breathing-or-drooling': { any: ['breathing-grunting-or-sucking-in', 'breathing-very-fast', 'cannot-speak-breathless', 'cannot-swallow-or-breathe'] },
      'cannot-stay-awake': 'cannot-stay-awake',
      'skin-colour': 'skin-blue-grey-blotchy',
      floppy: 'limp-floppy',
    },
  },
  'signs-now-more': {
    options: {
      'heavy-bleeding': 'heavy-bleeding',
      'severe-injury': 'serious-accident-injury',
      stroke,
      swelling: 'sudden-swelling-lips-tongue-throat',
      'confused-or-crying': { any: ['sudden-confusion', 'crying-nonstop'] },
    },
  },
  'sepsis-signs': {
    options: {
      'rash-not-fading': 'rash-not-fading',
      'weak-cry': 'weak-high-pitched-cry',
      'not-responding': 'not-responding-normally',
      sleepy: 'very-sleepy-hard-to-wake',
      'fever-stiff-neck': feverStiffNeck,
    },
  },
  'ae-signs': aeSigns,
  'fit-stopped': fitStopped,
};

export const redFlagCheck: QuestionnaireFindings = {
  'acted-on-suicidal-thoughts': { yes: { any: ['suicide-attempt', 'in-danger-now'] } },
  'chest-pain-now': { yes: { all: ['chest-pain-now', { any: ['chest-pain-pressure', 'chest-pain-spreads'] }] } },
  'struggling-to-breathe': { yes: { any: ['cannot-speak-breathless', 'choking', 'breathing-grunting-or-sucking-in', 'breathing-very-fast'] } },
  'stroke-signs': { yes: stroke },
  'heavy-bleeding': { yes: 'heavy-bleeding' },
  'seizure-or-unconscious': { yes: { any: ['seizure-now', 'unconscious'] } },
  'swelling-lips-throat': { yes: 'sudden-swelling-lips-tongue-throat' },
  'rash-not-fading': { yes: 'rash-not-fading' },
  'suicidal-thoughts-now': { yes: 'suicidal-thoughts' },
};
