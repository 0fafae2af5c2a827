import type { FeatureRoute } from '../../lib/routes';

/**
 * The online consultation journey (DESIGN.md journey 2). These URLs are a contract:
 * practices link to them, so they never change shape (listed in README).
 */
// `settings` too, so the outbox on /settings reads well offline after a request.
const NAMESPACES = ['request', 'triage', 'practice', 'settings'] as const;
const page = (path: string, load: FeatureRoute['load']): FeatureRoute => ({ path: `/:ods/request${path}`, load, namespaces: NAMESPACES });

export const routes: FeatureRoute[] = [
  page('', async () => ({ default: (await import('./pages/start-page')).RequestStartPage })),
  page('/type', async () => ({ default: (await import('./pages/type-page')).RequestTypePage })),
  page('/reason', async () => ({ default: (await import('./pages/reason-page')).RequestReasonPage })),
  page('/closed/:kind', async () => ({ default: (await import('./pages/closed-page')).RequestClosedPage })),
  page('/who', async () => ({ default: (await import('./pages/who-page')).RequestWhoPage })),
  page('/emergency', async () => ({ default: (await import('./pages/question-page')).RequestEmergencyPage })),
  page('/questions/:questionnaireId/:linkId', async () => ({ default: (await import('./pages/question-page')).RequestQuestionPage })),
  page('/outcome/:outcomeId', async () => ({ default: (await import('./pages/outcome-page')).RequestOutcomePage })),
  page('/relationship', async () => ({ default: (await import('./pages/relationship-page')).RequestRelationshipPage })),
  page('/cannot-ask', async () => ({ default: (await import('./pages/cannot-ask-page')).RequestCannotAskPage })),
  page('/details', async () => ({ default: (await import('./pages/details-page')).RequestDetailsPage })),
  page('/topic', async () => ({ default: (await import('./pages/topic-page')).RequestTopicPage })),
  page('/describe', async () => ({ default: (await import('./pages/describe-page')).RequestDescribePage })),
  page('/contact', async () => ({ default: (await import('./pages/contact-page')).RequestContactPage })),
  page('/needs', async () => ({ default: (await import('./pages/needs-page')).RequestNeedsPage })),
  page('/photos', async () => ({ default: (await import('./pages/photos-page')).RequestPhotosPage })),
  page('/check', async () => ({ default: (await import('./pages/check-page')).RequestCheckPage })),
  page('/sent/:id', async () => ({ default: (await import('./pages/sent-page')).RequestSentPage })),
];
