import { Checkboxes } from './checkboxes';
import type { ComponentFixture } from './component-fixture';

const noop = () => {};
const NEEDS = [
  { value: 'bsl', label: 'British Sign Language interpreter' },
  { value: 'large-print', label: 'Large print letters', hint: 'Size 16 or bigger' },
  { value: 'none', label: 'None of these', exclusive: true },
];

export const fixtures: ComponentFixture[] = [
  { name: 'nothing ticked', render: () => <Checkboxes name="needs" legend="Do you need any help to talk to us?" hint="Tick all that apply" values={[]} onChange={noop} options={NEEDS} /> },
  { name: 'two ticked', render: () => <Checkboxes name="needs" legend="Do you need any help to talk to us?" values={['bsl', 'large-print']} onChange={noop} options={NEEDS} /> },
  { name: '"None of these" ticked', render: () => <Checkboxes name="needs" legend="Do you need any help to talk to us?" values={['none']} onChange={noop} options={NEEDS} /> },
  {
    name: 'an error: nothing ticked',
    render: () => <Checkboxes name="needs" legend="Do you need any help to talk to us?" error="Tick what help you need, or None of these" values={[]} onChange={noop} options={NEEDS} />,
  },
];
