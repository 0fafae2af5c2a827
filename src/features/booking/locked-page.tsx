import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import type { Journey } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { appointmentWhen } from './when';

/** Five wrong tries: locked for a while. Say until when, and what to do meanwhile. */
export function LockedPage({ unlocksAt, journey }: { unlocksAt: string; journey: Journey }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  return (
    <>
      <PageHeading title={t('locked.title')} />
      <p>{t('locked.body')}</p>
      <p data-testid="unlocks-at">
        <strong>{t('locked.tryAgain', { when: appointmentWhen(unlocksAt, words) })}</strong>
      </p>
      <p>{journey === 'referral' ? t('locked.whatToDo') : t('locked.whatToDoPractice')}</p>
    </>
  );
}
