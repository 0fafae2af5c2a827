import { ErrorSummary } from './error-summary';
import type { ComponentFixture } from './component-fixture';

export const fixtures: ComponentFixture[] = [
  { name: 'one error', render: () => <ErrorSummary errors={[{ href: '#name', text: 'Enter your full name' }]} /> },
  {
    name: 'several errors',
    render: () => (
      <ErrorSummary
        errors={[
          { href: '#name', text: 'Enter your full name' },
          { href: '#dob', text: 'Date of birth must be in the past' },
          { href: '#phone', text: 'Enter a mobile number, like 07700 900123' },
        ]}
      />
    ),
  },
  { name: 'no errors', render: () => <ErrorSummary errors={[]} /> },
];
