import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { InsetText, WarningCallout } from '../../../components/callouts';
import { PageHeading } from '../../../components/page-heading';
import { onlineRequestsNow, type Availability } from '../../../domain/availability/opening-hours';
import { londonWallClock } from '../../../domain/time/london';
import { isSharedDevice } from '../../../platform/device/device-settings';
import { formatDayAndTime, formatTime } from '../../../platform/i18n/format';
import { useDateWords } from '../../../platform/i18n/use-date-words';
import { useFullToday } from '../../../platform/practice/capacity-query';
import { href } from '../../../platform/routes';
import { JourneyGate, useJourney } from '../components/journey';
import { VersionLink } from '../components/version-link';
import { startNewDraft } from '../model/draft-state';
import { firstIncompleteStep } from '../model/steps';

/** `/:ods/request`: what this is for and not for, the emergency line, and a saved draft to carry on. */
export function RequestStartPage() {
  const journey = useJourney('');
  return (
    <JourneyGate journey={journey}>
      <StartContent journey={journey} />
    </JourneyGate>
  );
}

function StartContent({ journey }: { journey: ReturnType<typeof useJourney> }) {
  const { t } = useTranslation('request');
  const words = useDateWords();
  const practice = journey.practice!;
  const draft = journey.draft!;
  const full = useFullToday(journey.ods, journey.now);
  const medical = onlineRequestsNow(practice, 'medical', journey.now, full.medical);
  const admin = onlineRequestsNow(practice, 'admin', journey.now, full.admin);
  const when = (instant: Date) =>
    londonWallClock(instant).date === londonWallClock(journey.now).date ? formatTime(instant, words) : formatDayAndTime(instant, words);
  const statusText = (availability: Availability) => {
    if (availability.state === 'open') return t('start.status.openUntil', { time: formatTime(availability.until, words) });
    const reopens = availability.reason === 'switched-off' || !availability.reopens ? null : when(availability.reopens);
    if (availability.reason === 'full') return reopens ? t('start.status.fullUntil', { when: reopens }) : t('start.status.full');
    return reopens ? t('start.status.closedUntil', { when: reopens }) : t('start.status.closed');
  };
  // The practice's own words for why, before any question: a closure, or a recorded reason for switching requests off.
  const noticeOf = (availability: Availability) => {
    if (availability.state === 'open') return null;
    if (availability.reason === 'closure') return t('closed.closure', { reason: availability.closureReason });
    if (availability.reason === 'switched-off' && availability.offReason) return t('closed.offReason', { reason: availability.offReason });
    return null;
  };
  const notice = noticeOf(medical) ?? noticeOf(admin);
  const resumeAt = firstIncompleteStep(draft, journey.now) ?? 'check';

  return (
    <>
      <BackLink to={href.practiceHome(journey.ods)} />
      <PageHeading title={t('start.title')} />
      <VersionLink to={journey.to('easy-read')} version="easy-read" />
      <p>{t('start.intro', { practice: practice.name })}</p>
      <ul className="nhsuk-list" data-testid="request-availability">
        <li data-kind="medical">
          <strong>{t('start.status.medical')}</strong> {statusText(medical)}
        </li>
        <li data-kind="admin">
          <strong>{t('start.status.admin')}</strong> {statusText(admin)}
        </li>
      </ul>
      {notice ? (
        <InsetText testId="requests-notice">
          <p>{notice}</p>
        </InsetText>
      ) : null}
      <h2 className="nhsuk-heading-s">{t('start.forTitle')}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {(t('start.for', { returnObjects: true }) as string[]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2 className="nhsuk-heading-s">{t('start.notForTitle')}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {(t('start.notFor', { returnObjects: true }) as string[]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <WarningCallout heading={t('start.emergencyHeading')}>
        <p>{t('start.emergency')}</p>
      </WarningCallout>
      <p>{t('start.replyTime')}</p>
      {isSharedDevice() ? <InsetText>{t('start.sharedDevice')}</InsetText> : null}
      {journey.resumed ? (
        <>
          <h2 className="nhsuk-heading-m">{t('start.savedTitle')}</h2>
          <p>{t('start.savedBody', { when: formatDayAndTime(new Date(draft.updatedAt), words) })}</p>
          <Link className="nhsuk-button" to={journey.to(resumeAt)} data-testid="resume">
            {t('start.resume')}
          </Link>{' '}
          <Link
            className="nhsuk-button nhsuk-button--secondary"
            to={journey.to('type')}
            onClick={() => startNewDraft(journey.ods)}
          >
            {t('start.startAgain')}
          </Link>
        </>
      ) : (
        <Link className="nhsuk-button" to={journey.to('type')} draggable={false}>
          {t('start.begin')}
        </Link>
      )}
    </>
  );
}
