import type { FeatureRoute } from '../../lib/routes';
import { paths } from '../../lib/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.staff,
    load: async () => ({ default: (await import('./staff-page')).StaffPage }),
    namespaces: ['staff', 'embed'],
  },
];
