import type { ComponentType } from 'react';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { pageLoader, type PageLoader } from '../../platform/page-loader';
import { isOdsCode, normaliseOdsCode } from '../../domain/practice/ods-code';

/**
 * The online consultation journey's own route table, under /:ods/request/*. Kept here
 * rather than in routes.tsx so the app's start-up code holds one loader for the whole
 * journey instead of eighteen; each page still loads on its own.
 * These URLs are a contract: practices link to them (README lists them).
 */
const pages: [path: string, load: () => Promise<ComponentType>][] = [
  ['', async () => (await import('./pages/start-page')).RequestStartPage],
  ['easy-read', async () => (await import('./pages/easy-read-start-page')).RequestEasyReadStartPage],
  ['type', async () => (await import('./pages/type-page')).RequestTypePage],
  ['reason', async () => (await import('./pages/reason-page')).RequestReasonPage],
  ['closed/:kind', async () => (await import('./pages/closed-page')).RequestClosedPage],
  ['who', async () => (await import('./pages/who-page')).RequestWhoPage],
  ['emergency', async () => (await import('./pages/question-page')).RequestEmergencyPage],
  ['questions/:questionnaireId/:linkId', async () => (await import('./pages/question-page')).RequestQuestionPage],
  ['outcome/:outcomeId', async () => (await import('./pages/outcome-page')).RequestOutcomePage],
  ['outcome/:outcomeId/easy-read', async () => (await import('./pages/easy-read-outcome-page')).RequestEasyReadOutcomePage],
  ['relationship', async () => (await import('./pages/relationship-page')).RequestRelationshipPage],
  ['cannot-ask', async () => (await import('./pages/cannot-ask-page')).RequestCannotAskPage],
  ['details', async () => (await import('./pages/details-page')).RequestDetailsPage],
  ['topic', async () => (await import('./pages/topic-page')).RequestTopicPage],
  ['describe', async () => (await import('./pages/describe-page')).RequestDescribePage],
  ['suggest-topic', async () => (await import('./pages/suggest-topic-page')).RequestSuggestTopicPage],
  ['contact', async () => (await import('./pages/contact-page')).RequestContactPage],
  ['needs', async () => (await import('./pages/needs-page')).RequestNeedsPage],
  ['photos', async () => (await import('./pages/photos-page')).RequestPhotosPage],
  ['check', async () => (await import('./pages/check-page')).RequestCheckPage],
  ['sent/:id', async () => (await import('./pages/sent-page')).RequestSentPage],
  ['*', async () => (await import('./pages/start-page')).RequestStartPage],
];

const loaders = pages.map(([path, load]): [string, PageLoader] => [path, pageLoader(load)]);
const routes: RouteObject[] = loaders.map(([path, { Page }]) => ({ path, element: <Page /> }));

export function RequestRoutes() {
  return useRoutes(routes);
}

/** Storage that never answers (it happens) must not hold the first page back for long. */
const DRAFT_WAIT_MS = 1000;

/**
 * Loads the code of the page at `pathname` (/:ods/request/...), for the first page of a
 * visit, and reads the practice's saved draft beside it: every page of the journey needs
 * the draft, and read only once the page had drawn, it cost a loading page and a second render.
 */
export async function preloadRequestPage(pathname: string): Promise<[page: ComponentType | undefined, draft: unknown]> {
  const [, code = '', , ...within] = pathname.split('/');
  // A path within the journey matches only with its leading slash ("easy-read" alone matches nothing).
  const match = matchRoutes(routes, `/${within.join('/')}`)?.at(-1);
  const ods = normaliseOdsCode(code);
  // Imported, not bundled with this table: every page of the journey has the journey's
  // shared chunk (with the draft state) anyway, and this table is counted in none of them.
  const reading = isOdsCode(ods) ? import('./components/journey').then((journey) => journey.preloadDraft(ods)) : undefined;
  const draft = reading ? Promise.race([reading, new Promise((wait) => setTimeout(wait, DRAFT_WAIT_MS))]) : undefined;
  return Promise.all([loaders.find(([path]) => path === match?.route.path)?.[1].preload(), draft]);
}
