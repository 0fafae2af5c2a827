import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { lazy, Suspense, useEffect } from 'react';
import { InsetText } from '../../../components/callouts';
import { LinkedText } from '../../../components/linked-text';
import { LoadingPage } from '../../../components/loading-page';
import { PageHeading } from '../../../components/page-heading';
import { replyBy } from '../../../domain/availability/opening-hours';
import { useOnline } from '../../../platform/device/online';
import { isSharedDevice } from '../../../platform/device/device-settings';
import { formatDayAndTime } from '../../../platform/i18n/format';
import { useDateWords } from '../../../platform/i18n/use-date-words';
import { flushOutbox, removeFromOutbox } from '../../../platform/device/outbox';
import { replySentences } from '../model/reply-sentences';
import type { ReplySummary } from '../../../domain/request/reply-summary';
import { statusJustLearnt, type WaitingEntry } from '../../../domain/request/outbox-state';
import { href } from '../../../platform/routes';
import { useCapacityAskedAgainWhen } from '../../../platform/practice/capacity-query';
import { JourneyGate, useJourney, type Journey } from '../components/journey';
import { useLooseT } from '../components/loose-t';
import { reopenDraft } from '../model/draft-state';
import { useOutbox, useSendsWithPageClosed } from '../model/use-outbox';
import { NhsAppNudgeSlot } from '../nhs-app-nudge-slot';
import '../request.scss';

// Its own chunk, loaded only for a request sent with a status key: the page's first paint
// (reference, reply-by, safety net) does not wait for it, and stays within its byte budget.
const RequestStatus = lazy(() => import('../status/request-status').then((module) => ({ default: module.RequestStatus })));

/**
 * `/:ods/request/sent/:id`: the request's state from the outbox: waiting (saved on this
 * phone), sent (reference, reply-by, and how it is going), or refused (what to do,
 * answers kept).
 */
export function RequestSentPage() {
  const journey = useJourney('sent');
  return (
    <JourneyGate journey={journey}>
      <SentContent journey={journey} />
    </JourneyGate>
  );
}

function SafetyNet() {
  const { t } = useTranslation('request');
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('sent.safetyTitle')}</h2>
      <p>{t('sent.safety')}</p>
    </>
  );
}

/** How the practice will reply, as the patient asked; a general line for older requests. */
function ReplyHow({ reply }: { reply: ReplySummary | undefined }) {
  const { t } = useTranslation('request');
  const sentences = reply ? replySentences(reply) : [];
  if (sentences.length === 0) return <p>{t('sent.replyHow')}</p>;
  return <p data-testid="reply-how">{sentences.map(({ key, language }) => t(`sent.reply.${key}`, { language })).join(' ')}</p>;
}

/**
 * A request held in this page only (a shared device, or storage that refused it): the
 * patient is told plainly that closing the page loses it, and can try again or phone.
 * The browser asks before the page is closed or reloaded while it waits.
 */
function OnThisPageOnly({ phone, online }: { phone: string; online: boolean }) {
  const { t } = useTranslation('request');
  useEffect(() => {
    const askFirst = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', askFirst);
    return () => window.removeEventListener('beforeunload', askFirst);
  }, []);
  return (
    <div data-testid="request-state" data-state="waiting" data-kept="page">
      <PageHeading title={t('sent.titleOnThisPage')} />
      <InsetText>
        <p data-testid="page-only-warning">{isSharedDevice() ? t('sent.onThisPageShared') : t('sent.onThisPageStorage')}</p>
      </InsetText>
      <p role="status">{online ? t('sent.waitingRetry') : t('sent.keepPageOpen')}</p>
      <button className="nhsuk-button" type="button" onClick={() => void flushOutbox({ force: true })}>
        {t('sent.tryAgain')}
      </button>
      <p>
        <LinkedText text={t('sent.orPhone', { phone })} links={{ call: (inner) => <a href={`tel:${phone.replace(/\s/g, '')}`}>{inner}</a> }} />
      </p>
      <SafetyNet />
    </div>
  );
}

/**
 * A request saved on the device, waiting to send. Offline, it says who sends it: the
 * browser, with Front Door closed, where it has promised to (Background Sync); otherwise
 * Front Door, once opened again.
 */
function WaitingOnThisDevice({ lastFailure, online }: { lastFailure: WaitingEntry['lastFailure']; online: boolean }) {
  const { t } = useTranslation('request');
  const sendsWithPageClosed = useSendsWithPageClosed();
  if (sendsWithPageClosed === null) return <LoadingPage />;
  return (
    <div data-testid="request-state" data-state="waiting">
      <PageHeading title={t('sent.titleWaiting')} />
      <p role="status">
        {!online
          ? t(sendsWithPageClosed ? 'sent.waitingOfflineSendsItself' : 'sent.waitingOffline')
          : lastFailure
            ? t('sent.waitingRetry')
            : t('sent.waitingOnline')}
      </p>
      <p>
        <LinkedText text={t('sent.checkSettings')} links={{ settings: (inner) => <Link to={href.onThisDevice()}>{inner}</Link> }} />
      </p>
      <SafetyNet />
    </div>
  );
}

function SentContent({ journey }: { journey: Journey }) {
  const { t } = useTranslation('request');
  const loose = useLooseT();
  const { id = '' } = useParams();
  const entries = useOutbox();
  const online = useOnline();
  const words = useDateWords();
  const navigate = useNavigate();
  const practice = journey.practice!;
  const entry = entries?.find((e) => e.id === id);
  useCapacityAskedAgainWhen(journey.ods, entry?.status === 'rejected' && entry.reason === 'capacity');
  if (!entries) return <LoadingPage />;

  if (!entry) {
    return (
      <>
        <PageHeading title={t('sent.titleWaiting')} />
        <p>{t('sent.notFound')}</p>
        <Link to={href.practiceHome(journey.ods)}>{t('sent.home')}</Link>
      </>
    );
  }

  if (entry.status === 'sent') {
    const by = replyBy(practice, new Date(entry.sentAt));
    return (
      <div data-testid="request-state" data-state="sent">
        <div className="fd-panel">
          <PageHeading title={t('sent.titleSent')} />
          <p>
            {t('sent.reference')}
            <br />
            <strong className="fd-reference" dir="ltr" data-testid="reference">
              {entry.reference}
            </strong>
          </p>
        </div>
        <p data-testid="reply-by">{t('sent.replyBy', { when: formatDayAndTime(by, words) })}</p>
        <ReplyHow reply={entry.reply} />
        {entry.statusKey ? (
          <Suspense fallback={null}>
            <RequestStatus entry={entry} heading ask={!statusJustLearnt(entry, new Date())} />
          </Suspense>
        ) : null}
        <SafetyNet />
        <NhsAppNudgeSlot ods={journey.ods} moment="request-sent" />
        <p>
          <Link to={href.practiceHome(journey.ods)}>{t('sent.home')}</Link>
        </p>
      </div>
    );
  }

  if (entry.status === 'waiting' && entry.keptOnThisPageOnly) return <OnThisPageOnly phone={practice.phone} online={online} />;

  if (entry.status === 'waiting') return <WaitingOnThisDevice lastFailure={entry.lastFailure} online={online} />;

  const phone = practice.phone;
  const message =
    entry.reason === 'capacity'
      ? `${t('sent.rejectedCapacity')} ${t('sent.rejectedCapacityWhat', { phone })}`
      : entry.reason === 'closed'
        ? t('sent.rejectedClosed', { phone })
        : entry.reason === 'invalid'
          ? t('sent.rejectedInvalid')
          : t('sent.rejectedOther', { phone });

  async function fix(retry: boolean) {
    const found = await reopenDraft(id);
    await removeFromOutbox(id);
    void flushOutbox();
    void navigate(found ? journey.to('check') + (retry ? '' : '') : journey.to());
  }

  return (
    <div data-testid="request-state" data-state="rejected" data-reason={entry.reason}>
      <PageHeading title={t('sent.titleRejected')} />
      <p>{message}</p>
      {entry.fields.length > 0 ? (
        <InsetText>
          <ul className="nhsuk-list">
            {entry.fields.map((field) => (
              <li key={field}>{loose('request:serverProblem', { field: loose(`request:fields.${field}`) })}</li>
            ))}
          </ul>
        </InsetText>
      ) : null}
      <button className="nhsuk-button" type="button" onClick={() => void fix(entry.reason !== 'invalid')}>
        {entry.reason === 'invalid' ? t('sent.fixAnswers') : t('sent.tryAgain')}
      </button>
      <SafetyNet />
    </div>
  );
}
