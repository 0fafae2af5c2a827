import { createRoot } from 'react-dom/client';
import './styles/main.scss';
import { App } from './app/app';
import { startI18n } from './lib/i18n';
import { registerServiceWorker } from './lib/pwa/update';

async function start() {
  const i18n = await startI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // Until here the page shows index.html's own content: the emergency line and a message.
  createRoot(root).render(<App i18n={i18n} />);
  void registerServiceWorker();
}

void start();
