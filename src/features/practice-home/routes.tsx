import type { FeatureRoute } from '../../platform/routes';
import { paths } from '../../platform/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.practiceHome,
    load: async () => ({ default: (await import('./practice-home-page')).PracticeHomePage }),
    namespaces: ['practice'],
  },
];
