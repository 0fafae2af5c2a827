import type { FeatureRoute } from '../../lib/routes';
import { paths } from '../../lib/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.onThisDevice,
    load: async () => ({ default: (await import('./settings-page')).SettingsPage }),
    namespaces: ['settings'],
  },
];
