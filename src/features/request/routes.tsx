import type { FeatureRoute } from '../../platform/routes';

// `settings` too, so the outbox on /settings reads well offline after a request;
// `easy-read` for the easy-read start and outcome pages and the links to them.
const NAMESPACES = ['request', 'triage', 'practice', 'settings', 'easy-read', 'forms', 'date-of-birth'] as const;

/** The online consultation journey (DESIGN.md journey 2): its pages are in request-routes.tsx. */
export const routes: FeatureRoute[] = [
  {
    path: '/:ods/request/*',
    load: async () => ({ default: (await import('./request-routes')).RequestRoutes }),
    namespaces: NAMESPACES,
    preloadPage: async (pathname) => (await import('./request-routes')).preloadRequestPage(pathname),
  },
];
