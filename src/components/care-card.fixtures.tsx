import { CareCard } from './care-card';
import type { ComponentFixture } from './component-fixture';

export const fixtures: ComponentFixture[] = [
  {
    name: 'non-urgent',
    render: () => (
      <CareCard level="non-urgent" heading="Ask your pharmacist">
        <p>They can help with most coughs and colds.</p>
      </CareCard>
    ),
  },
  {
    name: 'urgent',
    render: () => (
      <CareCard level="urgent" heading="Call 111 now">
        <p>Or go to 111.nhs.uk.</p>
      </CareCard>
    ),
  },
  {
    name: 'immediate',
    render: () => (
      <CareCard level="immediate" heading="Call 999 now">
        <p>Tell them your symptoms.</p>
      </CareCard>
    ),
  },
  {
    name: 'immediate, as the page heading',
    render: () => (
      <CareCard level="immediate" heading="Go to A&E now" headingLevel={1}>
        <p>Take any medicines you use with you.</p>
      </CareCard>
    ),
  },
];
