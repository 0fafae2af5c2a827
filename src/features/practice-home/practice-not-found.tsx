import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { PracticeSearchForm } from '../../components/practice-search-form';

/** An ODS code we do not know: say so kindly and offer the search. */
export function PracticeNotFound({ ods }: { ods: string }) {
  const { t } = useTranslation('practice');
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.body', { ods })}</p>
      <p>{t('notFound.searchInstead')}</p>
      <PracticeSearchForm />
    </>
  );
}
