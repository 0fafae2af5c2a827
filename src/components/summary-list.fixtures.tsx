import { SummaryList } from './summary-list';
import type { ComponentFixture } from './component-fixture';

export const fixtures: ComponentFixture[] = [
  {
    name: 'answers with change links',
    render: () => (
      <SummaryList
        rows={[
          { key: 'Name', value: 'Sam Example', change: { to: '/Y99001/request/name', hiddenLabel: 'name' } },
          { key: 'Date of birth', value: '9 September 1999', change: { to: '/Y99001/request/date-of-birth', hiddenLabel: 'date of birth' } },
        ]}
      />
    ),
  },
  { name: 'facts without change links', render: () => <SummaryList rows={[{ key: 'Reference', value: 'FD-7K3Q' }, { key: 'Sent', value: 'Monday 23 November, 10:04' }]} /> },
  {
    name: 'free text kept as typed',
    render: () => <SummaryList rows={[{ key: 'What is the problem?', value: 'Sore knee\nWorse on <b>stairs</b>', change: { to: '/Y99001/request/problem', hiddenLabel: 'the problem' } }]} />,
  },
];
