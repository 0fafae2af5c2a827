import type { FeatureRoute } from '../../lib/routes';
import { paths } from '../../lib/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.referral,
    load: async () => ({ default: (await import('./referral-page')).ReferralPage }),
    namespaces: ['booking'],
  },
];
