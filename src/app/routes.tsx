import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { i18n } from '../lib/i18n';
import type { FeatureRoute } from '../lib/routes';
import { Layout } from './layout';

/**
 * The one route table, gathered from each feature's `routes.tsx` (small files of lazy
 * loaders, so each page still loads on demand in its own chunk). Declarative routing
 * rather than the data router keeps the landing JavaScript ~16 KB smaller.
 */
const featureModules = import.meta.glob<{ routes: FeatureRoute[] }>('../features/*/routes.tsx', { eager: true });

function toRoute({ path, load, namespaces }: FeatureRoute): RouteObject {
  const Page = lazy(async () => {
    const [module] = await Promise.all([load(), i18n.loadNamespaces([...namespaces])]);
    return module;
  });
  return { path, element: <Page /> };
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: Object.values(featureModules).flatMap((module) => module.routes.map(toRoute)),
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
