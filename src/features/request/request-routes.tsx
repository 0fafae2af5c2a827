import { lazy, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';

/**
 * The online consultation journey's own route table, under /:ods/request/*. Kept here
 * rather than in routes.tsx so the app's start-up code holds one loader for the whole
 * journey instead of eighteen; each page still loads on its own.
 * These URLs are a contract: practices link to them (README lists them).
 */
function page(load: () => Promise<ComponentType>): RouteObject['element'] {
  const Page = lazy(async () => ({ default: await load() }));
  return <Page />;
}

const routes: RouteObject[] = [
  { path: '', element: page(async () => (await import('./pages/start-page')).RequestStartPage) },
  { path: 'easy-read', element: page(async () => (await import('./pages/easy-read-start-page')).RequestEasyReadStartPage) },
  { path: 'type', element: page(async () => (await import('./pages/type-page')).RequestTypePage) },
  { path: 'reason', element: page(async () => (await import('./pages/reason-page')).RequestReasonPage) },
  { path: 'closed/:kind', element: page(async () => (await import('./pages/closed-page')).RequestClosedPage) },
  { path: 'who', element: page(async () => (await import('./pages/who-page')).RequestWhoPage) },
  { path: 'emergency', element: page(async () => (await import('./pages/question-page')).RequestEmergencyPage) },
  {
    path: 'questions/:questionnaireId/:linkId',
    element: page(async () => (await import('./pages/question-page')).RequestQuestionPage),
  },
  { path: 'outcome/:outcomeId', element: page(async () => (await import('./pages/outcome-page')).RequestOutcomePage) },
  {
    path: 'outcome/:outcomeId/easy-read',
    element: page(async () => (await import('./pages/easy-read-outcome-page')).RequestEasyReadOutcomePage),
  },
  { path: 'relationship', element: page(async () => (await import('./pages/relationship-page')).RequestRelationshipPage) },
  { path: 'cannot-ask', element: page(async () => (await import('./pages/cannot-ask-page')).RequestCannotAskPage) },
  { path: 'details', element: page(async () => (await import('./pages/details-page')).RequestDetailsPage) },
  { path: 'topic', element: page(async () => (await import('./pages/topic-page')).RequestTopicPage) },
  { path: 'describe', element: page(async () => (await import('./pages/describe-page')).RequestDescribePage) },
  { path: 'suggest-topic', element: page(async () => (await import('./pages/suggest-topic-page')).RequestSuggestTopicPage) },
  { path: 'contact', element: page(async () => (await import('./pages/contact-page')).RequestContactPage) },
  { path: 'needs', element: page(async () => (await import('./pages/needs-page')).RequestNeedsPage) },
  { path: 'photos', element: page(async () => (await import('./pages/photos-page')).RequestPhotosPage) },
  { path: 'check', element: page(async () => (await import('./pages/check-page')).RequestCheckPage) },
  { path: 'sent/:id', element: page(async () => (await import('./pages/sent-page')).RequestSentPage) },
  { path: '*', element: page(async () => (await import('./pages/start-page')).RequestStartPage) },
];

export function RequestRoutes() {
  return useRoutes(routes);
}
