import type { FeatureRoute } from '../../platform/routes';
import { paths } from '../../platform/routes';

const namespaces = ['practice-area', 'forms'] as const;

/**
 * The practice area: staff pages that patients never download. Every path loads the same
 * small module, which picks the page: one lazy import here costs the patients' first
 * download far less than one per staff page.
 */
const load = async () => ({ default: (await import('./practice-area-pages')).PracticeAreaPages });

export const routes: FeatureRoute[] = [paths.practiceArea, paths.practiceInbox, paths.practiceRequest, paths.practiceSettings, paths.practiceStaff].map((path) => ({
  path,
  load,
  namespaces,
}));
