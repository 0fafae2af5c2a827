import type { QuestionnaireFindings } from './types';

/** How a simulated patient answers `palpitations`. */
export const palpitations: QuestionnaireFindings = {
  now: { yes: 'palpitations-now' },
  with: {
    options: {
      'chest-pain': { any: ['chest-pain-now', 'chest-pain-pressure', 'chest-pain-recent-gone'] },
      breathless: { any: ['short-of-breath', 'sudden-breathlessness', 'struggling-to-breathe-at-rest', 'cannot-speak-breathless'] },
      'faint-dizzy': 'light-headed',
      fainted: { any: ['passed-out', 'fainted-recovered'] },
    },
    otherwise: 'none',
  },
  'how-long': {
    options: { longer: 'palpitations-lasting-long', minutes: 'palpitations-brief', seconds: 'neutral' },
    otherwise: 'minutes',
  },
  'getting-worse': { yes: { any: ['palpitations-getting-worse', 'getting-worse-quickly', 'getting-worse-slowly'] } },
  history: { options: { 'heart-problem': 'heart-condition', 'family-sudden-death': 'family-sudden-cardiac-death' }, otherwise: 'none' },
  'keep-getting': { yes: 'palpitations-keep-coming-back' },
};
