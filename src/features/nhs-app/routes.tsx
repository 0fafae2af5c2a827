import type { FeatureRoute } from '../../lib/routes';
import { paths } from '../../lib/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.nhsApp,
    load: async () => ({ default: (await import('./nhs-app-guide-page')).NhsAppGuidePage }),
    namespaces: ['nhs-app'],
  },
];
