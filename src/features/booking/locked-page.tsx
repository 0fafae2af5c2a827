import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { appointmentWhen } from './when';
import type { Journey } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';

/** Five wrong tries: locked for a while. Say until when, and what to do meanwhile. */
export function LockedPage({ unlocksAt, journey, onTick }: { unlocksAt: string; journey: Journey; onTick: (now: Date) => void }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  useEffect(() => {
    const timer = setInterval(() => onTick(new Date()), 30_000);
    return () => clearInterval(timer);
  }, [onTick]);
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
