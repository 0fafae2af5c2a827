import type { FeatureRoute } from '../../platform/routes';
import { paths } from '../../platform/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.onThisDevice,
    load: async () => ({ default: (await import('./settings-page')).SettingsPage }),
    namespaces: ['settings', 'forms'],
  },
];
