import { Fieldset } from './fieldset';
import { TextInput } from './text-input';
import type { ComponentFixture } from './component-fixture';

const noop = () => {};
const ADDRESS = (
  <>
    <TextInput id="address-line-1" name="address-line-1" label="Address line 1" value="1 Example Street" onChange={noop} autoComplete="address-line1" />
    <TextInput id="town" name="town" label="Town or city" value="" onChange={noop} autoComplete="address-level2" width="two-thirds" />
  </>
);

export const fixtures: ComponentFixture[] = [
  { name: 'a legend, a hint and its fields', render: () => <Fieldset id="address" legend="What is your address?" hint="Where letters should go">{ADDRESS}</Fieldset> },
  { name: 'an error for the whole group', render: () => <Fieldset id="address" legend="What is your address?" error="Enter your town or city">{ADDRESS}</Fieldset> },
  { name: 'the legend as the page heading', render: () => <Fieldset id="address" legend="What is your address?" legendAsHeading>{ADDRESS}</Fieldset> },
];
