import type { FeatureRoute } from '../../lib/routes';
import { paths } from '../../lib/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.practiceHome,
    load: async () => ({ default: (await import('./practice-home-page')).PracticeHomePage }),
    namespaces: ['practice'],
  },
];
