import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { PracticeSearchForm } from '../../components/practice-search-form';
import { useOnline } from '../../platform/device/online';
import type { PracticeSettings } from '../../domain/practice/practice-settings';
import { href, singlePracticeOds } from '../../platform/routes';
import { MIN_SEARCH_LENGTH, searchPracticesQuery } from './api/search-practices';
import { PracticeResults } from './practice-results';

/** `/`: find your practice by name, postcode or ODS code. */
export function FindPracticePage() {
  const { t } = useTranslation('practice');
  const [params] = useSearchParams();
  const term = (params.get('q') ?? '').trim();
  const online = useOnline();
  const search = useQuery(searchPracticesQuery(term));
  const onlyPractice = singlePracticeOds();
  if (onlyPractice) return <Navigate to={href.practiceHome(onlyPractice)} replace />;

  const tooShort = params.has('q') && term.length < MIN_SEARCH_LENGTH;
  return (
    <>
      <PageHeading title={t('find.title')} />
      <p className="nhsuk-body-l">{t('find.intro')}</p>
      <PracticeSearchForm key={term} initialTerm={term} error={tooShort ? t('find.errorTooShort') : null} />
      {term.length >= MIN_SEARCH_LENGTH ? (
        <PracticeResults term={term} search={search} online={online} />
      ) : null}
      <VisitedPractices />
    </>
  );
}

/** Practices already looked at on this device: the way back in, even offline. */
function VisitedPractices() {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const visited = queryClient
    .getQueriesData<PracticeSettings>({ queryKey: ['practice'] })
    .map(([, data]) => data)
    .filter((data): data is PracticeSettings => Boolean(data));
  if (visited.length === 0) return null;
  return (
    <section aria-labelledby="visited-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="visited-heading">
        {t('find.visited')}
      </h2>
      <ul className="nhsuk-list">
        {visited.map((practice) => (
          <li key={practice.ods}>
            <Link to={href.practiceHome(practice.ods)}>{practice.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
