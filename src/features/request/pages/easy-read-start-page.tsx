import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { WarningCallout } from '../../../components/callouts';
import { PageHeading } from '../../../components/page-heading';
import { isSharedDevice } from '../../../platform/device/device-settings';
import { href } from '../../../platform/routes';
import { JourneyGate, useJourney } from '../components/journey';
import { VersionLink } from '../components/version-link';
import { startNewDraft } from '../model/draft-state';
import { firstIncompleteStep } from '../model/steps';
import '../easy-read.scss';

/**
 * `/:ods/request/easy-read`: the start page in easy read — what this is for and not for,
 * 999 in an emergency, when the practice replies, and one big button.
 */
export function RequestEasyReadStartPage() {
  const journey = useJourney('');
  return (
    <JourneyGate journey={journey}>
      <EasyReadStart journey={journey} />
    </JourneyGate>
  );
}

function EasyReadStart({ journey }: { journey: ReturnType<typeof useJourney> }) {
  const { t } = useTranslation('easy-read');
  const practice = journey.practice!;
  const lines = (key: 'start.intro' | 'start.notFor' | 'start.sharedDevice') =>
    (t(key, { returnObjects: true, practice: practice.name }) as string[]).map((line) => (
      <p className="fd-easy-read__line" key={line}>
        {line}
      </p>
    ));
  const days = practice.replyWithinWorkingDays;
  const title = t('start.title');

  return (
    <div className="fd-easy-read" data-testid="easy-read">
      <BackLink to={href.practiceHome(journey.ods)} />
      <PageHeading title={t('pageTitle', { title })}>{title}</PageHeading>
      <VersionLink to={journey.to()} version="standard" />
      {lines('start.intro')}

      <h2>{t('start.forTitle')}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {(t('start.for', { returnObjects: true }) as string[]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h2>{t('start.notForTitle')}</h2>
      {lines('start.notFor')}

      <WarningCallout heading={t('start.emergencyTitle')}>
        <p className="fd-easy-read__line">{t('start.emergencyWhen')}</p>
        <p className="fd-easy-read__action" data-testid="easy-read-action">
          <strong>{t('start.emergencyAction')}</strong>
        </p>
        <p className="fd-easy-read__line">{t('start.urgent')}</p>
      </WarningCallout>

      <h2>{t('start.replyTitle')}</h2>
      <p className="fd-easy-read__line">{days === 0 ? t('start.replySameDay') : t('start.replyWithin', { count: days })}</p>
      {days === 0 ? null : <p className="fd-easy-read__line">{t('start.workingDays')}</p>}
      <p className="fd-easy-read__line">{t('start.questionsFirst')}</p>

      {isSharedDevice() ? lines('start.sharedDevice') : null}

      {journey.resumed ? (
        <>
          <h2>{t('start.savedTitle')}</h2>
          <p className="fd-easy-read__line">{t('start.savedBody')}</p>
          <Link className="nhsuk-button" to={journey.to(firstIncompleteStep(journey.draft!, journey.now) ?? 'check')} data-testid="resume">
            {t('start.resume')}
          </Link>{' '}
          <Link className="nhsuk-button nhsuk-button--secondary" to={journey.to('type')} onClick={() => startNewDraft(journey.ods)}>
            {t('start.startAgain')}
          </Link>
        </>
      ) : (
        <Link className="nhsuk-button" to={journey.to('type')} draggable={false}>
          {t('start.begin')}
        </Link>
      )}
    </div>
  );
}
