import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { PageHeading } from '../../../components/page-heading';
import { JourneyGate, useJourney } from '../components/journey';

/** `/:ods/request/cannot-ask`: no consent or parental responsibility. Signposted, never a dead end. */
export function RequestCannotAskPage() {
  const { t } = useTranslation('request');
  const journey = useJourney('cannot-ask');
  const phone = journey.practice?.phone ?? '';
  return (
    <JourneyGate journey={journey}>
      <BackLink to={journey.to('relationship')} />
      <PageHeading title={t('cannotAsk.title')} />
      <p>{journey.draft?.forWho === 'child' ? t('cannotAsk.child', { phone }) : t('cannotAsk.adult', { phone })}</p>
      <p>{t('closed.nhs111')}</p>
      <p>
        <Link to={journey.to('relationship')}>{t('cannotAsk.change')}</Link>
      </p>
    </JourneyGate>
  );
}
