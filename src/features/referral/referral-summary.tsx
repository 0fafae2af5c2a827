import { useTranslation } from 'react-i18next';
import { InsetText, WarningCallout } from '../../components/callouts';
import { SummaryList } from '../../components/summary-list';
import { formatUbrn, referralPriority, referralUbrn, type ServiceRequest } from '../../domain/booking';
import { formatDay } from '../../platform/i18n/format';
import { useDateWords } from '../../platform/i18n/use-date-words';

/** What the referral is for, who sent it and how soon: two-week wait has its own wording. */
export function ReferralSummary({ referral }: { referral: ServiceRequest }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  const priority = referralPriority(referral);
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('referral.title')}</h2>
      <SummaryList
        rows={[
          { key: t('referral.specialty'), value: referral.code.text ?? '' },
          { key: t('referral.referredBy'), value: referral.requester.display ?? '' },
          { key: t('referral.priority'), value: <span data-testid="referral-priority">{t(`priority.${priority}`)}</span> },
          { key: t('referral.reference'), value: <span dir="ltr">{formatUbrn(referralUbrn(referral))}</span> },
          { key: t('referral.bookBy'), value: formatDay(new Date(referral.occurrencePeriod.end), words) },
        ]}
      />
      {priority === 'two-week-wait' ? (
        <WarningCallout heading={t('priority.twoWeekWaitTitle')}>
          <p>{t('priority.twoWeekWaitBody')}</p>
        </WarningCallout>
      ) : null}
      {priority === 'urgent' ? (
        <InsetText>
          <p>{t('priority.urgentBody')}</p>
        </InsetText>
      ) : null}
    </>
  );
}
