import { useTranslation } from 'react-i18next';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { ApiError } from '../../platform/api/client';
import { useNow } from '../../platform/device/clock';
import { useOnline } from '../../platform/device/online';
import { formatDayAndTime } from '../../platform/i18n/format';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { usePractice } from '../../platform/practice/use-practice';
import { PracticeDetails } from './practice-details';
import { PracticeNotFound } from './practice-not-found';

/** `/:ods`: the practice's own front page. */
export function PracticeHomePage() {
  const { t } = useTranslation('practice');
  const words = useDateWords();
  const { ods, isOdsCode, settings: practice } = usePractice();
  const online = useOnline();
  const now = useNow();

  if (!isOdsCode || (practice.error instanceof ApiError && practice.error.status === 404)) {
    return <PracticeNotFound ods={ods} />;
  }
  if (!practice.data) {
    if (practice.isError || !online) {
      return (
        <>
          <PageHeading title={t('home.unavailableTitle')} />
          <p>{t(online ? 'home.unavailable' : 'home.unavailableOffline')}</p>
        </>
      );
    }
    return <LoadingPage />;
  }

  return (
    <>
      {!online ? (
        <p className="fd-saved-at" data-testid="saved-at">
          {t('home.savedAt', { when: formatDayAndTime(new Date(practice.dataUpdatedAt), words) })}
        </p>
      ) : null}
      <PracticeDetails practice={practice.data} now={now} />
    </>
  );
}
