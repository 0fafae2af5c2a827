import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { PageHeading } from '../../../components/page-heading';
import { onlineRequestsNow } from '../../../domain/availability/opening-hours';
import { formatDayAndTime } from '../../../platform/i18n/format';
import { useDateWords } from '../../../platform/i18n/use-date-words';
import { useFullToday } from '../../../platform/practice/capacity-query';
import { JourneyGate, useJourney, type Journey } from '../components/journey';

/** `/:ods/request/closed/:kind`: outside the practice's windows, or full for today. Signposting, never a dead end. */
export function RequestClosedPage() {
  const journey = useJourney('closed');
  return (
    <JourneyGate journey={journey}>
      <ClosedContent journey={journey} />
    </JourneyGate>
  );
}

function ClosedContent({ journey }: { journey: Journey }) {
  const { t } = useTranslation('request');
  const words = useDateWords();
  const { kind: kindParam } = useParams();
  const kind = kindParam === 'admin' ? 'admin' : 'medical';
  const other = kind === 'admin' ? 'medical' : 'admin';
  const practice = journey.practice!;
  const full = useFullToday(journey.ods, journey.now);
  const availability = onlineRequestsNow(practice, kind, journey.now, full[kind]);
  const otherOpen = onlineRequestsNow(practice, other, journey.now, full[other]).state === 'open';
  return (
    <>
      <BackLink to={journey.to('type')} />
      <PageHeading title={t('closed.title')} />
      {availability.state === 'closed' ? (
        <>
          <p>
            {availability.reason === 'switched-off'
              ? t('closed.switchedOff')
              : availability.reason === 'full'
                ? t(kind === 'admin' ? 'closed.adminFull' : 'closed.medicalFull')
                : kind === 'admin'
                  ? t('closed.adminClosed')
                  : t('closed.medicalClosed')}
          </p>
          {availability.reason === 'closure' ? <p>{t('closed.closure', { reason: availability.closureReason })}</p> : null}
          {availability.reason === 'switched-off' && availability.offReason ? <p>{t('closed.offReason', { reason: availability.offReason })}</p> : null}
          {availability.reason !== 'switched-off' && availability.reopens ? <p>{t('closed.reopens', { when: formatDayAndTime(availability.reopens, words) })}</p> : null}
        </>
      ) : null}
      <h2 className="nhsuk-heading-m">{t('closed.whatToDo')}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          {t('closed.phone', { phone: practice.phone })}
        </li>
        <li>{t('closed.pharmacy')}</li>
        <li>
          <a href="https://111.nhs.uk/">{t('closed.nhs111')}</a>
        </li>
        <li>
          <a href="tel:999">{t('closed.emergency')}</a>
        </li>
      </ul>
      {otherOpen ? (
        <p>
          <Link to={journey.to('type')}>{other === 'admin' ? t('closed.otherKind') : t('closed.otherKindMedical')}</Link>
        </p>
      ) : null}
    </>
  );
}
