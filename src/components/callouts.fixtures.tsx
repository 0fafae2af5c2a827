import { InsetText, WarningCallout } from './callouts';
import type { ComponentFixture } from './component-fixture';

export const fixtures: ComponentFixture[] = [
  {
    name: 'a warning callout',
    render: () => (
      <WarningCallout heading="Important">
        <p>Do not use this form for a medical emergency.</p>
      </WarningCallout>
    ),
  },
  {
    name: 'inset text',
    render: () => (
      <InsetText testId="inset">
        <p>The practice reads requests between 8am and 6:30pm on weekdays.</p>
      </InsetText>
    ),
  },
];
