import type { QuestionnaireFindings } from './types';

/** How a simulated patient answers `numbness-tingling`. */
export const numbnessTingling: QuestionnaireFindings = {
  'stroke-now': { yes: { any: ['face-drooping', 'arm-weakness', 'speech-difficulty', 'sudden-one-side-numb-weak', 'vision-loss'] } },
  'after-injury': {
    options: { head: { any: ['hit-head', 'head-injury'] }, 'back-neck': { any: ['back-neck-injury', 'back-pain-after-fall-or-accident'] }, no: 'neutral' },
    otherwise: 'no',
  },
  'stroke-passed': { yes: 'stroke-signs-passed' },
  'stroke-passed-when': { options: { 'longer-ago': 'stroke-signs-passed-over-7-days', 'last-7-days': 'neutral' }, otherwise: 'last-7-days' },
  'cauda-equina': {
    options: { 'numb-bottom': 'numb-bottom-genitals', 'cannot-wee': 'cannot-wee-or-control', 'bowel-control': 'bowel-control-lost', 'both-legs': 'legs-weak-numb-both' },
    otherwise: 'none',
  },
  spreading: { options: { quickly: 'weakness-spreading-fast', slowly: 'weakness-spreading-slowly', no: 'neutral' }, otherwise: 'no' },
  diabetes: { yes: 'diabetes' },
  'diabetes-foot': {
    options: { 'red-hot-swollen': 'foot-red-hot-swollen', 'wound-not-healing': 'foot-wound-not-healing', 'colour-change': 'foot-colour-change-cold' },
    otherwise: 'none',
  },
  pattern: {
    options: {
      'all-the-time': 'numbness-constant',
      'keeps-coming-back': 'pins-and-needles-keep-coming-back',
      'went-when-moved': 'pins-and-needles-went-on-moving',
    },
    otherwise: 'keeps-coming-back',
  },
};
