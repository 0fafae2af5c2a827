import { OfflineNotice } from './offline-banner';
import type { ComponentFixture } from './component-fixture';

export const fixtures: ComponentFixture[] = [{ name: 'offline', render: () => <OfflineNotice /> }];
