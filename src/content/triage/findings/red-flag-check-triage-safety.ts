import type { QuestionnaireFindings } from './types';

/**
 * The safety-net questions added on branch triage-safety. Merged into the red-flag-check
 * mapping in index.ts, beside the mapping of its other questions.
 */
export const redFlagCheckTriageSafety: QuestionnaireFindings = {
  'floppy-or-not-responding': { yes: { any: ['limp-floppy', 'not-responding-normally', 'cannot-stay-awake', 'unconscious'] } },
  'cannot-swallow-saliva': { yes: 'cannot-swallow-or-breathe' },
  'sudden-worst-headache': { yes: 'sudden-severe-headache' },
  'fever-stiff-neck': { yes: { all: ['high-temperature', { any: ['stiff-neck', 'light-hurts-eyes'] }] } },
  'skin-blue-grey-blotchy': { yes: 'skin-blue-grey-blotchy' },
  'cauda-equina-signs': { yes: { any: ['numb-bottom-genitals', 'cannot-wee-or-control', 'bowel-control-lost', 'legs-weak-numb-both', 'sex-sensation-change'] } },
  // Asked only when the words name paracetamol or a medicine with it in.
  'paracetamol-overdose': { yes: { any: ['took-too-much-accident', 'took-too-much-on-purpose', 'suicide-attempt'] } },
};
