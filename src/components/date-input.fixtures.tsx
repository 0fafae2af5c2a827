import { DateInput } from './date-input';
import type { ComponentFixture } from './component-fixture';

const noop = () => {};
const EMPTY = { day: '', month: '', year: '' };

export const fixtures: ComponentFixture[] = [
  { name: 'empty, with a hint', render: () => <DateInput id="dob" legend="What is your date of birth?" hint="For example, 15 3 1984" value={EMPTY} onChange={noop} birthday /> },
  { name: 'filled in', render: () => <DateInput id="dob" legend="What is your date of birth?" value={{ day: '9', month: '9', year: '1999' }} onChange={noop} birthday /> },
  {
    name: 'an error in the year only',
    render: () => <DateInput id="dob" legend="What is your date of birth?" error="Year must be 4 numbers" errorFields={['year']} value={{ day: '9', month: '9', year: '99' }} onChange={noop} birthday />,
  },
  {
    name: 'an error about the whole date',
    render: () => <DateInput id="dob" legend="What is your date of birth?" error="Date of birth must be in the past" value={{ day: '1', month: '2', year: '2999' }} onChange={noop} birthday />,
  },
  { name: 'the legend as the page heading', render: () => <DateInput id="when" legend="When did it start?" legendAsHeading value={EMPTY} onChange={noop} /> },
];
