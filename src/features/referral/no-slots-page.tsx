import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import type { ServiceRequest } from '../../domain/booking';
import { ReferralSummary } from './referral-summary';

/** The appointment slot issue: nothing free on the shortlist, so the service will contact the patient. */
export function NoSlotsPage({
  referral,
  deferring,
  deferred,
  disabled,
  onDefer,
}: {
  referral?: ServiceRequest;
  deferring: boolean;
  deferred: boolean;
  disabled: boolean;
  onDefer: () => void;
}) {
  const { t } = useTranslation('booking');
  if (deferred) {
    return (
      <>
        <PageHeading title={t('noSlots.deferredTitle')} />
        <p data-testid="deferred">{t('noSlots.deferredBody')}</p>
        <p>{t('noSlots.deferredAdvice')}</p>
        {referral ? <ReferralSummary referral={referral} /> : null}
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('noSlots.title')} />
      <p>{t('noSlots.body')}</p>
      <p>{t('noSlots.whatHappens')}</p>
      <button type="button" className="nhsuk-button" disabled={disabled} aria-disabled={disabled} onClick={onDefer}>
        {deferring ? t('noSlots.deferring') : t('noSlots.defer')}
      </button>
      {referral ? <ReferralSummary referral={referral} /> : null}
    </>
  );
}
