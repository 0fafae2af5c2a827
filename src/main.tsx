import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/main.scss';
import { App } from './app/app';
import { preloadFirstPage } from './app/routes';
import { startI18n } from './platform/i18n';
import { startQueryClient } from './platform/query/query-client';
import { applyEmbedMode } from './platform/embed/framing';
import { isOdsCode, normaliseOdsCode } from './domain/practice/ods-code';
import { holdInstallOffer } from './platform/pwa/install-offer-kept';
import { afterFirstPage } from './platform/first-page';

/** How long the first render waits for the practice's details; after that it shows the loading page. */
const PRACTICE_WAIT_MS = 3000;

async function start() {
  const embedded = applyEmbedMode();
  // The browser's install offer is held from the start, for the practice home (never
  // shown over a form); framed, the app does not install itself.
  if (!embedded) holdInstallOffer();
  // Everything the first page needs starts now, side by side: its code, its words,
  // and the practice's details (on a slow connection each round trip counts).
  const firstPage = preloadFirstPage(location.pathname);
  const ods = normaliseOdsCode(location.pathname.split('/')[1] ?? '');
  // A failed load is the page's to report when it draws; the start goes on without it.
  const practiceSettings = isOdsCode(ods) ? import('./platform/practice/practice-query').catch(() => undefined) : undefined;
  const [i18n, queryClient] = await Promise.all([
    startI18n(firstPage.namespaces),
    startQueryClient().then(async (client) => {
      // Its schema loads only here: "/" and the other pages that are no practice's never need it.
      const settings = await practiceSettings;
      if (!settings) return client;
      const query = settings.practiceQuery(ods);
      const fetching = client.prefetchQuery(query);
      // A practice page waits for its practice (fetched beside the code and the words) up to
      // a point, so it is drawn once, whole, rather than as a loading page and then again
      // at once, in one long uninterruptible render: a query's answer is not a transition.
      // Offline, or with the practice kept from an earlier visit, nothing is waited for.
      if (navigator.onLine && client.getQueryData(query.queryKey) === undefined) {
        await Promise.race([fetching, new Promise((wait) => setTimeout(wait, PRACTICE_WAIT_MS))]);
      }
      return client;
    }),
    // Framed: links to other sites open in a new tab from the first render on (a small
    // chunk, fetched beside the page's own, only when framed).
    embedded ? import('./platform/embed/external-links').then((links) => void links.openOtherSitesInNewTab()) : undefined,
  ]);
  // Its code and words are here by now on most connections; drawn at once, not suspended.
  await firstPage.ready();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // Until here the page shows index.html's own content: the emergency line and a message.
  // Rendered as a transition, so React yields to the browser every few milliseconds: the
  // emergency line is already on screen, and a tap or a scroll on a slow phone is not held
  // up behind one long render. Until it commits, index.html's content stays.
  const app = createRoot(root);
  startTransition(() => app.render(<App i18n={i18n} queryClient={queryClient} />));
  // None of this is needed to paint: it waits until the first page is on screen.
  // Framed on a practice's website, the app does not install itself: every visitor to
  // that site would download the whole app for offline use (README, "Embed").
  if (!embedded) afterFirstPage(() => void import('./platform/pwa/update').then((pwa) => pwa.registerServiceWorker()));
  if (!embedded) afterFirstPage(() => void import('./platform/pwa/install').then((install) => install.rememberFirstVisit(Date.now())));
  // The outbox sends requests saved on this device; loaded apart, so it neither weighs
  // on the landing page nor competes with it.
  afterFirstPage(() => void import('./platform/device/outbox').then((outbox) => outbox.startOutbox()));
}

void start();
