import type { FeatureRoute } from '../../platform/routes';
import { paths } from '../../platform/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.staff,
    load: async () => ({ default: (await import('./staff-page')).StaffPage }),
    namespaces: ['staff', 'embed', 'forms'],
  },
];
