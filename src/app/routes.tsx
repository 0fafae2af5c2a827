import { lazy, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { i18n } from '../lib/i18n';
import type { Namespace } from '../lib/i18n/languages';
import { paths } from '../lib/routes';
import { Layout } from './layout';

/**
 * Loads a page's code and its translation namespace together, so it paints whole.
 * Declarative routing (not the data router) keeps the landing JavaScript ~16 KB smaller.
 */
function page<T>(load: () => Promise<T>, pick: (module: T) => ComponentType, namespace: Namespace) {
  const Page = lazy(async () => {
    const [module] = await Promise.all([load(), i18n.loadNamespaces(namespace)]);
    return { default: pick(module) };
  });
  return <Page />;
}

/** The one route table. Each journey's pages load on demand, in their own chunk. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        path: paths.findPractice,
        element: page(() => import('../features/find-practice/find-practice-page'), (m) => m.FindPracticePage, 'practice'),
      },
      {
        path: paths.practiceHome,
        element: page(() => import('../features/practice-home/practice-home-page'), (m) => m.PracticeHomePage, 'practice'),
      },
      {
        path: '*',
        element: page(() => import('../features/not-found/not-found-page'), (m) => m.NotFoundPage, 'practice'),
      },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
