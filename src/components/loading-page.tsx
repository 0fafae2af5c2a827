import { useTranslation } from 'react-i18next';

/** Shown while a page's code or data arrives on a slow connection. */
export function LoadingPage() {
  const { t } = useTranslation();
  return (
    <p className="fd-loading" role="status">
      {t('loading')}
    </p>
  );
}
