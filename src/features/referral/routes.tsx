import type { FeatureRoute } from '../../platform/routes';
import { paths } from '../../platform/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.referral,
    load: async () => ({ default: (await import('./referral-page')).ReferralPage }),
    namespaces: ['booking', 'forms'],
  },
];
