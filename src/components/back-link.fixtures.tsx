import { BackLink } from './back-link';
import type { ComponentFixture } from './component-fixture';

export const fixtures: ComponentFixture[] = [
  { name: 'back to a page', render: () => <BackLink to="/Y99001" /> },
  { name: 'one step back in history', render: () => <BackLink /> },
];
