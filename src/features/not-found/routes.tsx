import type { FeatureRoute } from '../../platform/routes';

export const routes: FeatureRoute[] = [
  {
    path: '*',
    load: async () => ({ default: (await import('./not-found-page')).NotFoundPage }),
    namespaces: ['practice'],
  },
];
