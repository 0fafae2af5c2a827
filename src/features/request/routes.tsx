import type { FeatureRoute } from '../../lib/routes';

// `settings` too, so the outbox on /settings reads well offline after a request.
const NAMESPACES = ['request', 'triage', 'practice', 'settings'] as const;

/** The online consultation journey (DESIGN.md journey 2): its pages are in request-routes.tsx. */
export const routes: FeatureRoute[] = [
  {
    path: '/:ods/request/*',
    load: async () => ({ default: (await import('./request-routes')).RequestRoutes }),
    namespaces: NAMESPACES,
  },
];
