import { TextInput } from './text-input';
import type { ComponentFixture } from './component-fixture';

const noop = () => {};

export const fixtures: ComponentFixture[] = [
  { name: 'empty', render: () => <TextInput id="name" name="name" label="Full name" value="" onChange={noop} autoComplete="name" /> },
  { name: 'with a hint', render: () => <TextInput id="email" name="email" label="Email address" hint="We only use it to reply to you" type="email" value="sam@example.com" onChange={noop} /> },
  {
    name: 'an error, keeping what was typed',
    render: () => (
      <TextInput id="nhs-number" name="nhs-number" label="NHS number" hint="10 numbers" error="Enter a real NHS number" value="123" onChange={noop} width="10" inputMode="numeric" dir="ltr" />
    ),
  },
  { name: 'the label as the page heading', render: () => <TextInput id="postcode" name="postcode" label="What is your postcode?" labelAsHeading value="" onChange={noop} width="10" /> },
];
