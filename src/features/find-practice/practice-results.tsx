import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PracticeSummary } from '../../domain/practice/practice-settings';
import { href } from '../../platform/routes';

interface Props {
  term: string;
  search: UseQueryResult<PracticeSummary[]>;
  online: boolean;
}

export function PracticeResults({ term, search, online }: Props) {
  const { t } = useTranslation('practice');
  if (!search.data && !online) {
    return (
      <p className="nhsuk-body" role="status">
        {t('find.offline')}
      </p>
    );
  }
  if (search.isError) {
    return (
      <p className="nhsuk-body" role="status">
        {t('find.failed')}
      </p>
    );
  }
  if (!search.data) {
    return (
      <p className="nhsuk-body" role="status">
        {t('find.searching')}
      </p>
    );
  }
  const practices = search.data;
  return (
    <section aria-labelledby="results-heading">
      <div role="status">
        <h2 className="nhsuk-heading-m" id="results-heading">
          {practices.length === 0 ? t('find.noResults', { term }) : t('find.results', { count: practices.length })}
        </h2>
      </div>
      <ul className="nhsuk-list fd-results">
        {practices.map((practice) => (
          <li key={practice.ods} className="fd-results__item">
            <Link className="nhsuk-link--no-visited-state fd-results__name" to={href.practiceHome(practice.ods)}>
              {practice.name}
            </Link>
            <span className="fd-results__detail">
              {practice.town}, <span dir="ltr">{practice.postcode}</span> · {t('find.odsCode')}{' '}
              <span dir="ltr">{practice.ods}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
