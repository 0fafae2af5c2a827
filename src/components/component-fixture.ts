import type { ReactElement } from 'react';

/**
 * One state of a shared component, listed once in the `<component>.fixtures.tsx` beside it
 * and reused by its unit test, the axe sweep and the screenshots. Fixture files are read by
 * tests/ and scripts/ only (eslint-rules/import-boundaries.js), so patients never download them.
 */
export interface ComponentFixture {
  /** What a patient would call this state, e.g. "an answer chosen". */
  name: string;
  render: () => ReactElement;
}
