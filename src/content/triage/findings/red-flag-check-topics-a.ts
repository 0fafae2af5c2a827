import type { QuestionnaireFindings } from './types';

/**
 * The safety-net questions added with the Topics A topics (branch topics-a). Merged into the
 * red-flag-check mapping in index.ts, beside the mapping of its other questions.
 */
export const redFlagCheckTopicsA: QuestionnaireFindings = {
  'sudden-sight-loss': { yes: 'vision-loss' },
  'chemical-in-eye': { yes: 'chemical-in-eye' },
  'vomiting-blood-or-green': { yes: { any: ['vomiting-blood', 'green-vomit'] } },
  'testicle-sudden-pain': { yes: 'testicle-pain-sudden-severe' },
  'cold-pale-limb': { yes: 'limb-cold-pale-sudden' },
  'swelling-eye-neck': { yes: { any: ['face-swelling-to-eye-or-neck', 'mouth-swelling-breathing-swallowing'] } },
  'nosebleed-will-not-stop': { yes: { any: ['nosebleed-over-15-minutes', 'nosebleed-heavy'] } },
  'serious-burn': {
    yes: { any: ['burn-chemical-or-electrical', 'burn-bigger-than-hand', 'burn-white-or-charred', 'burn-blisters-face-hands-feet-genitals', 'severe-burn'] },
  },
};
