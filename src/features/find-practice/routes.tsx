import type { FeatureRoute } from '../../lib/routes';
import { paths } from '../../lib/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.findPractice,
    load: async () => ({ default: (await import('./find-practice-page')).FindPracticePage }),
    namespaces: ['practice'],
  },
];
