import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { i18n } from '../platform/i18n';
import { paths, type FeatureRoute } from '../platform/routes';
import { PracticeRoute } from '../platform/practice/practice-route';
import { pageLoader } from '../platform/page-loader';
import { Layout } from './layout';

/**
 * The one route table, gathered from each feature's `routes.tsx` (small files of lazy
 * loaders, so each page still loads on demand in its own chunk). Declarative routing
 * rather than the data router keeps the landing JavaScript ~16 KB smaller.
 */
const featureModules = import.meta.glob<{ routes: FeatureRoute[] }>('../features/*/routes.tsx', { eager: true });

const featureRoutes = Object.values(featureModules).flatMap((module) => module.routes);

/** Each page's loader (its code and its words, together), shared by its route and the first-page preload. */
const loaders = new Map(
  featureRoutes.map((route) => [
    route,
    pageLoader(async () => {
      const [module] = await Promise.all([route.load(), i18n.loadNamespaces([...route.namespaces])]);
      return module.default;
    }),
  ]),
);

function pageOf(route: FeatureRoute) {
  const { Page } = loaders.get(route)!;
  return <Page />;
}

function toRoute(route: FeatureRoute): RouteObject {
  return { path: route.path, element: pageOf(route) };
}

/** A practice's own pages sit under `/:ods`, whose route reads the code once for all of them. */
const underPractice = (route: FeatureRoute) => route.path === paths.practiceHome || route.path.startsWith(`${paths.practiceHome}/`);

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        path: paths.practiceHome,
        element: <PracticeRoute />,
        children: featureRoutes
          .filter(underPractice)
          .map((route): RouteObject => (route.path === paths.practiceHome ? { index: true, element: pageOf(route) } : toRoute(route))),
      },
      ...featureRoutes.filter((route) => !underPractice(route)).map(toRoute),
    ],
  },
];

/**
 * Starts downloading the first page's code before the shell has rendered, and says
 * which catalogues it needs, so they load alongside the shell's own rather than after.
 * `ready` (called once the catalogues are loading) resolves when the page can draw at
 * once, without showing the loading page first.
 */
export function preloadFirstPage(pathname: string): { namespaces: FeatureRoute['namespaces']; ready: () => Promise<unknown> } {
  const match = matchRoutes(
    featureRoutes.map(({ path }) => ({ path })),
    pathname,
  )?.at(-1);
  const route = featureRoutes.find(({ path }) => path === match?.route.path);
  if (!route) return { namespaces: [], ready: async () => undefined };
  // A failed load is not reported here: the page itself reports it when it draws.
  const code = Promise.all([route.load(), route.preloadPage?.(pathname)]).catch(() => undefined);
  return { namespaces: route.namespaces, ready: () => Promise.all([code, loaders.get(route)!.preload().catch(() => undefined)]) };
}

export function AppRoutes() {
  return useRoutes(routes);
}
