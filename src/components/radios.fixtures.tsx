import { Radios } from './radios';
import { TextInput } from './text-input';
import type { ComponentFixture } from './component-fixture';

const noop = () => {};
const WHO = [
  { value: 'me', label: 'Me' },
  { value: 'someone-else', label: 'Someone else', hint: 'A child or an adult you care for' },
];

export const fixtures: ComponentFixture[] = [
  { name: 'no answer yet', render: () => <Radios name="who" legend="Who is this request for?" value={undefined} onChange={noop} options={WHO} /> },
  { name: 'an answer chosen', render: () => <Radios name="who" legend="Who is this request for?" value="someone-else" onChange={noop} options={WHO} /> },
  {
    name: 'a follow-up question revealed',
    render: () => (
      <Radios
        name="contact"
        legend="How should the practice contact you?"
        value="phone"
        onChange={noop}
        options={[
          { value: 'phone', label: 'Phone', conditional: <TextInput id="phone-number" name="phone-number" label="Mobile number" type="tel" value="07700 900123" onChange={noop} dir="ltr" /> },
          { value: 'letter', label: 'Letter' },
        ]}
      />
    ),
  },
  {
    name: 'an error: nothing chosen',
    render: () => <Radios name="who" legend="Who is this request for?" error="Select who this request is for" value={undefined} onChange={noop} options={WHO} />,
  },
  {
    name: 'the legend as the page heading',
    render: () => <Radios name="need" legend="What do you need help with?" legendAsHeading hint="Choose one" value={undefined} onChange={noop} options={[{ value: 'medical', label: 'A medical problem' }, { value: 'admin', label: 'Something else, like a fit note' }]} />,
  },
  {
    name: 'yes or no, side by side',
    render: () => <Radios name="allergies" legend="Do you have any allergies?" inline value="no" onChange={noop} options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />,
  },
  {
    name: 'a choice named in its own language',
    render: () => <Radios name="language" legend="Which language?" value={undefined} onChange={noop} options={[{ value: 'en', label: 'English', lang: 'en' }, { value: 'cy', label: 'Cymraeg', lang: 'cy' }]} />,
  },
];
