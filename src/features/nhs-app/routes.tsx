import type { FeatureRoute } from '../../platform/routes';
import { paths } from '../../platform/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.nhsApp,
    load: async () => ({ default: (await import('./nhs-app-guide-page')).NhsAppGuidePage }),
    namespaces: ['nhs-app'],
  },
];
