import type { ComponentFixture } from '../../src/components/component-fixture';
import enAppUpdate from '../../src/locales/en/app-update.json';

/**
 * Every shared component's states, from the `*.fixtures.tsx` beside each component: the
 * unit test, the axe sweep (tests/integration/components.test.tsx) and the screenshots
 * (tests/screenshots/components.spec.ts) all read this one list.
 */
const modules = import.meta.glob<{ fixtures: ComponentFixture[] }>('../../src/components/**/*.fixtures.tsx', { eager: true });

export const COMPONENT_FIXTURES = Object.entries(modules)
  .map(([file, module]) => ({ component: file.replace(/^.*\//, '').replace(/\.fixtures\.tsx$/, ''), fixtures: module.fixtures }))
  .sort((a, b) => a.component.localeCompare(b.component));

/** Catalogues the fixtures need beyond the ones every page loads (the update prompt's are fetched on demand). */
export const FIXTURE_CATALOGUES = { en: { 'app-update': enAppUpdate } };
