import type { FeatureRoute } from '../../platform/routes';
import { paths } from '../../platform/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.findPractice,
    load: async () => ({ default: (await import('./find-practice-page')).FindPracticePage }),
    namespaces: ['practice'],
  },
];
