import { createRoot } from 'react-dom/client';
import './styles/main.scss';
import { App } from './app/app';
import { startI18n } from './lib/i18n';
import { startQueryClient } from './lib/query/query-client';
import { registerServiceWorker } from './lib/pwa/update';
import { applyEmbedMode } from './lib/embed/framing';

async function start() {
  const embedded = applyEmbedMode();
  const [i18n, queryClient] = await Promise.all([startI18n(), startQueryClient()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // Until here the page shows index.html's own content: the emergency line and a message.
  createRoot(root).render(<App i18n={i18n} queryClient={queryClient} />);
  // Framed on a practice's website, the app does not install itself: every visitor to
  // that site would download the whole app for offline use (README, "Embed").
  if (!embedded) void registerServiceWorker();
  // The outbox sends requests saved on this device; loaded apart so the landing page stays small.
  void import('./lib/request/outbox').then((outbox) => outbox.startOutbox());
}

void start();
