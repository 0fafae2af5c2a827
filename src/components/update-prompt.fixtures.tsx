import { UpdateMessage } from './update-prompt';
import type { ComponentFixture } from './component-fixture';

export const fixtures: ComponentFixture[] = [
  { name: 'a new version ready', render: () => <UpdateMessage state="ready" /> },
  { name: 'waiting for unsent answers', render: () => <UpdateMessage state="waiting-for-answers" /> },
  { name: 'updating', render: () => <UpdateMessage state="applying" /> },
];
