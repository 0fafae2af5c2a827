import { EmergencyLine } from './emergency-line';
import type { ComponentFixture } from './component-fixture';

export const fixtures: ComponentFixture[] = [{ name: 'always shown', render: () => <EmergencyLine /> }];
