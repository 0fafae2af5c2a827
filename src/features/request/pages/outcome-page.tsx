import { Link, Navigate, useParams } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { CareCard } from '../../../components/care-card';
import { InsetText } from '../../../components/callouts';
import { findOutcome } from '../../../content/triage';
import { savedCommunicationNeeds } from '../../../platform/device/communication-needs';
import { requestTriage, topicAdviceKey } from '../model/draft-triage';
import { waysThatSuitFirst } from '../model/ways-that-suit';
import { channelHref, stepAfterOutcome } from '../model/outcome-links';
import { questionBeforeOutcome } from '../model/steps';
import { BookInstead } from '../components/book-instead';
import { JourneyGate, useJourney } from '../components/journey';
import { usePageTitle } from '../../../components/page-heading';
import { useLooseT, useTriageT } from '../components/loose-t';
import { VersionLink } from '../components/version-link';
import '../request.scss';

/**
 * `/:ods/request/outcome/:outcomeId`: where triage sends the patient, as an NHS care card.
 * Emergency outcomes stop here: nothing has been or will be sent. They need no network:
 * the page, the content and the words are all on the device.
 */
export function RequestOutcomePage() {
  const { outcomeId = '' } = useParams();
  const journey = useJourney(`outcome/${outcomeId}`);
  const outcome = findOutcome(outcomeId);
  if (!outcome) return <Navigate to={journey.to()} replace />;
  return (
    <JourneyGate journey={journey}>
      <OutcomeContent journey={journey} outcomeId={outcomeId} />
    </JourneyGate>
  );
}

function OutcomeContent({ journey, outcomeId }: { journey: ReturnType<typeof useJourney>; outcomeId: string }) {
  const t = useLooseT();
  const outcome = findOutcome(outcomeId)!;
  const topicAdvice = journey.draft ? topicAdviceKey(journey.draft, outcome.disposition, journey.now) : undefined;
  const words = useTriageT(journey.draft?.forWho, topicAdvice ? [topicAdvice.split('.')[1]!] : []);
  const title = words(outcome.title);
  usePageTitle(title);
  const practice = journey.practice!;
  // The needs asked in this request, or else those saved on this device.
  const asked = journey.draft?.needs.needs ?? [];
  const ways = waysThatSuitFirst(outcome.channels, asked.length > 0 ? asked : (savedCommunicationNeeds()?.needs ?? []));
  const pharmacyCondition = outcome.disposition === 'pharmacy' && journey.draft ? requestTriage(journey.draft, journey.now)?.pharmacyCondition : undefined;
  const back = journey.draft && !journey.changing ? questionBeforeOutcome(journey.draft, journey.now) : null;

  return (
    <div data-testid="triage-outcome" data-outcome={outcome.id} data-disposition={outcome.disposition}>
      <BackLink to={back ? journey.to(back) : journey.backHref()} />
      <VersionLink to={journey.to(`outcome/${outcome.id}/easy-read`)} version="easy-read" />
      <CareCard level={outcome.careCard} heading={title} headingLevel={1}>
        <p>{words(outcome.doNow)}</p>
        {topicAdvice ? <p data-testid="topic-advice">{words(topicAdvice)}</p> : null}
        {pharmacyCondition ? <p>{t('triage:outcomePage.pharmacyCondition', { condition: t(`triage:pharmacy.conditions.${pharmacyCondition}`) })}</p> : null}
        <h2 className="nhsuk-heading-s">{t('triage:outcomePage.numbersHeading')}</h2>
        {ways.reordered ? <p data-testid="ways-that-suit">{t('request:outcome.waysThatSuitFirst')}</p> : null}
        <ul className="nhsuk-list fd-ways-to-get-help" data-testid="ways-to-get-help">
          {ways.channels.map((channel) => {
            const href = channelHref(channel, practice.phone);
            return (
              <li key={channel.id} data-channel={channel.id}>
                {href ? <a href={href}>{t(`triage:${channel.label}`)}</a> : <strong>{t(`triage:${channel.label}`)}</strong>}
                {channel.id === 'practice-phone' ? <span dir="ltr"> {practice.phone}</span> : null}
                {' – '}
                {words(channel.detail)}
              </li>
            );
          })}
        </ul>
        <p>{words(outcome.ifWorse)}</p>
      </CareCard>
      {outcome.stopsJourney ? (
        <InsetText>
          <p data-testid="nothing-sent">{t('triage:outcomePage.nothingSent')}</p>
        </InsetText>
      ) : (
        <>
          {outcome.disposition === 'routine' ? <BookInstead practice={practice} /> : null}
          <p>{t('request:outcome.continueHint')}</p>
          <Link className="nhsuk-button" to={journey.to(stepAfterOutcome(journey.changing))}>
            {t('request:outcome.continue')}
          </Link>
        </>
      )}
      <p>
        <a href={outcome.source} rel="noopener noreferrer">
          {t('triage:outcomePage.readMore')}
        </a>
      </p>
    </div>
  );
}
