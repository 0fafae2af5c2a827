import { Textarea } from './textarea';
import type { ComponentFixture } from './component-fixture';

const noop = () => {};

export const fixtures: ComponentFixture[] = [
  { name: 'empty', render: () => <Textarea id="problem" name="problem" label="What is the problem?" hint="Say what it is and when it started" value="" onChange={noop} maxLength={500} /> },
  { name: 'one character left', render: () => <Textarea id="problem" name="problem" label="What is the problem?" value={'a'.repeat(19)} onChange={noop} maxLength={20} /> },
  { name: 'over the limit', render: () => <Textarea id="problem" name="problem" label="What is the problem?" value="A sore knee since Monday, worse on stairs" onChange={noop} maxLength={20} /> },
  { name: 'an error: left empty', render: () => <Textarea id="problem" name="problem" label="What is the problem?" error="Say what the problem is" value="" onChange={noop} maxLength={500} /> },
];
