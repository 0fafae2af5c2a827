import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { href } from '../../platform/routes';

/** Any URL we do not serve. */
export function NotFoundPage() {
  const { t } = useTranslation('practice');
  return (
    <>
      <PageHeading title={t('pageNotFound.title')} />
      <p>{t('pageNotFound.body')}</p>
      <p>
        <Link to={href.findPractice()}>{t('pageNotFound.findPractice')}</Link>
      </p>
    </>
  );
}
