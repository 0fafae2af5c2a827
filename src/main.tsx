import { createRoot } from 'react-dom/client';
import './styles/main.scss';
import { App } from './app/app';
import { startI18n } from './lib/i18n';
import { startQueryClient } from './lib/query/query-client';
import { registerServiceWorker } from './lib/pwa/update';

async function start() {
  const [i18n, queryClient] = await Promise.all([startI18n(), startQueryClient()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // Until here the page shows index.html's own content: the emergency line and a message.
  createRoot(root).render(<App i18n={i18n} queryClient={queryClient} />);
  void registerServiceWorker();
}

void start();
