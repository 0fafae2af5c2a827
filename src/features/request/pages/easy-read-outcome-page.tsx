import { Link, Navigate, useParams } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { CareCard } from '../../../components/care-card';
import { InsetText } from '../../../components/callouts';
import { findOutcome } from '../../../content/triage';
import type { Channel } from '../../../content/triage/outcomes';
import { requestTriage } from '../model/draft-triage';
import { channelHref, stepAfterOutcome } from '../model/outcome-links';
import { BookInstead } from '../components/book-instead';
import { JourneyGate, useJourney } from '../components/journey';
import { usePageTitle } from '../../../components/page-heading';
import { useLooseT, type LooseT } from '../components/loose-t';
import { VersionLink } from '../components/version-link';
import '../easy-read.scss';

/**
 * `/:ods/request/outcome/:outcomeId/easy-read`: the same triage outcome in easy read.
 * Same care card level, same ways to get help (the same phone and text links), and the
 * same ending: emergency outcomes stop here with nothing sent, and work offline like
 * the standard page; the others let the patient carry on.
 */
export function RequestEasyReadOutcomePage() {
  const { outcomeId = '' } = useParams();
  const journey = useJourney(`outcome/${outcomeId}`);
  if (!findOutcome(outcomeId)) return <Navigate to={journey.to('easy-read')} replace />;
  return (
    <JourneyGate journey={journey}>
      <EasyReadOutcome journey={journey} outcomeId={outcomeId} />
    </JourneyGate>
  );
}

/** Easy-read words for a channel; a channel added without them falls back to the standard words. */
function channelText(t: LooseT, channel: Channel, part: 'label' | 'detail'): string {
  return t(`easy-read:channels.${channel.id}.${part}`, { defaultValue: t(`triage:${channel[part]}`) });
}

function EasyReadOutcome({ journey, outcomeId }: { journey: ReturnType<typeof useJourney>; outcomeId: string }) {
  const t = useLooseT();
  const outcome = findOutcome(outcomeId)!;
  const key = (part: string) => `easy-read:outcomes.${outcome.id}.${part}`;
  const lines = (part: 'now' | 'worse') =>
    (t(key(part), { returnObjects: true }) as unknown as string[]).map((line) => (
      <p className="fd-easy-read__line" key={line}>
        {line}
      </p>
    ));
  const title = t(key('title'));
  usePageTitle(t('easy-read:pageTitle', { title }));
  const practice = journey.practice!;
  const pharmacyCondition =
    outcome.disposition === 'pharmacy' && journey.draft ? requestTriage(journey.draft, journey.now)?.pharmacyCondition : undefined;

  return (
    <div className="fd-easy-read" data-testid="triage-outcome" data-outcome={outcome.id} data-disposition={outcome.disposition}>
      <BackLink to={journey.backHref()} />
      <VersionLink to={journey.to(`outcome/${outcome.id}`)} version="standard" />
      <CareCard level={outcome.careCard} heading={title} headingLevel={1}>
        <p className="fd-easy-read__action" data-testid="easy-read-action">
          <strong>{t(key('action'))}</strong>
        </p>
        {lines('now')}
        {pharmacyCondition ? (
          <p className="fd-easy-read__line">
            {t('easy-read:outcome.pharmacyCondition', { condition: t(`triage:pharmacy.conditions.${pharmacyCondition}`) })}
          </p>
        ) : null}
        <h2>{t('easy-read:outcome.waysHeading')}</h2>
        <ul className="fd-easy-read__list">
          {outcome.channels.map((channel) => {
            const href = channelHref(channel, practice.phone);
            const label = channelText(t, channel, 'label');
            return (
              <li key={channel.id}>
                {href ? (
                  <a className="fd-easy-read__way" href={href}>
                    {label}
                    {channel.id === 'practice-phone' ? <span dir="ltr"> {practice.phone}</span> : null}
                  </a>
                ) : (
                  <strong className="fd-easy-read__way fd-easy-read__way--text">{label}</strong>
                )}
                <span className="fd-easy-read__way-detail">{channelText(t, channel, 'detail')}</span>
              </li>
            );
          })}
        </ul>
        <h2>{t(key('worseTitle'))}</h2>
        {lines('worse')}
      </CareCard>
      {outcome.stopsJourney ? (
        <InsetText>
          <p className="fd-easy-read__line" data-testid="nothing-sent">
            {t('easy-read:outcome.nothingSent')}
          </p>
        </InsetText>
      ) : (
        <>
          {outcome.disposition === 'routine' ? <BookInstead practice={practice} /> : null}
          <p className="fd-easy-read__line">{t('easy-read:outcome.continueHint')}</p>
          <Link className="nhsuk-button" to={journey.to(stepAfterOutcome(journey.changing))}>
            {t('easy-read:outcome.continue')}
          </Link>
        </>
      )}
    </div>
  );
}
