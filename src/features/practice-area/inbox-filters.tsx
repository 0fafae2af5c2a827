import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../components/checkboxes';
import { Radios } from '../../components/radios';
import { REQUEST_STATUSES } from './api/types';

export interface InboxFilterValues {
  kind: string;
  status: string[];
  mine: boolean;
}

/** The filters as the URL holds them (`?kind=medical&status=new&status=in-progress&mine=1`). */
export function filtersFromQuery(query: URLSearchParams): InboxFilterValues {
  const kind = query.get('kind');
  return {
    kind: kind === 'medical' || kind === 'admin' ? kind : '',
    status: query.getAll('status').filter((s) => (REQUEST_STATUSES as readonly string[]).includes(s)),
    mine: query.get('mine') === '1',
  };
}

export function queryFromFilters({ kind, status, mine }: InboxFilterValues): URLSearchParams {
  const query = new URLSearchParams();
  if (kind) query.set('kind', kind);
  for (const s of status) query.append('status', s);
  if (mine) query.set('mine', '1');
  return query;
}

/** Filters kept in the address, so a filtered inbox can be bookmarked, shared and refreshed. */
export function InboxFilters({ initial, onApply }: { initial: InboxFilterValues; onApply: (values: InboxFilterValues) => void }) {
  const { t } = useTranslation('practice-area');
  const [values, setValues] = useState(initial);
  function apply(event: FormEvent) {
    event.preventDefault();
    onApply(values);
  }
  return (
    <form onSubmit={apply} aria-labelledby="filters-title">
      <h2 className="nhsuk-heading-s" id="filters-title">
        {t('inbox.filters.title')}
      </h2>
      <Radios
        name="kind"
        legend={t('inbox.filters.kind')}
        value={values.kind}
        onChange={(kind) => setValues({ ...values, kind })}
        inline
        options={[
          { value: '', label: t('inbox.filters.kindAll') },
          { value: 'medical', label: t('kind.medical') },
          { value: 'admin', label: t('kind.admin') },
        ]}
      />
      <Checkboxes
        name="status"
        legend={t('inbox.filters.status')}
        hint={t('inbox.filters.statusHint')}
        values={values.status}
        onChange={(status) => setValues({ ...values, status })}
        options={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <Checkboxes
        name="mine"
        legend={t('inbox.filters.assigned')}
        values={values.mine ? ['1'] : []}
        onChange={(picked) => setValues({ ...values, mine: picked.includes('1') })}
        options={[{ value: '1', label: t('inbox.filters.mine') }]}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        {t('inbox.filters.apply')}
      </button>
    </form>
  );
}
