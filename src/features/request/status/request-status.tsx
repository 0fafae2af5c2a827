import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appointmentInvited, type PracticeReply } from '../../../domain/request/request-status';
import type { SentEntry } from '../../../domain/request/outbox-state';
import { formatDayAndTime } from '../../../platform/i18n/format';
import { useDateWords } from '../../../platform/i18n/use-date-words';
import { href } from '../../../platform/routes';
import { useRequestStatus } from './use-request-status';

/**
 * The staff member's own words, as text (never HTML), in whatever language they wrote:
 * `dir="auto"` lets an English reply read left to right on an Arabic or Urdu page.
 * No `lang`: the device cannot know which language staff wrote in.
 */
function ReplyText({ reply }: { reply: PracticeReply }) {
  const { t } = useTranslation('settings');
  const words = useDateWords();
  const lines = reply.text.split('\n');
  return (
    <li>
      <p dir="auto" data-testid="practice-reply">
        {lines.map((line, index) => (
          <Fragment key={index}>
            {index > 0 ? <br /> : null}
            {line}
          </Fragment>
        ))}
      </p>
      <p className="nhsuk-hint">{t('status.replySent', { when: formatDayAndTime(new Date(reply.sentAt), words) })}</p>
    </li>
  );
}

/**
 * How a sent request is going and what the practice said, on /settings and on the
 * confirmation page. A request sent without a status key shows nothing more than today.
 */
export function RequestStatus({ entry, heading = false, ask = true }: { entry: SentEntry; heading?: boolean; ask?: boolean }) {
  const { t } = useTranslation('settings');
  const words = useDateWords();
  const view = useRequestStatus(entry, { ask });
  if (view.kind === 'no-key') return null;
  const title = heading ? <h2 className="nhsuk-heading-m">{t('status.title')}</h2> : null;

  if (view.kind !== 'known') {
    const text =
      view.kind === 'gone'
        ? t('status.gone')
        : view.kind === 'checking'
          ? t('status.checking')
          : view.why === 'offline'
            ? t('status.offlineNothing')
            : t('status.cannotCheckNothing');
    return (
      <div data-testid="request-status" data-status={view.kind}>
        {title}
        <p>{text}</p>
      </div>
    );
  }

  const { answer, checkedAt, stale } = view;
  const when = formatDayAndTime(new Date(checkedAt), words);
  const replies = [...answer.replies].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  return (
    <div data-testid="request-status" data-status={answer.status} data-stale={stale ?? undefined}>
      {title}
      <p>
        <strong>{t(`status.is.${answer.status}`)}</strong>
      </p>
      {stale ? <p>{stale === 'offline' ? t('status.offline', { when }) : t('status.cannotCheck', { when })}</p> : null}
      {replies.length > 0 ? (
        <>
          <p>{t('status.replies')}</p>
          <ul className="nhsuk-list">
            {replies.map((reply) => (
              <ReplyText key={reply.sentAt + reply.text} reply={reply} />
            ))}
          </ul>
        </>
      ) : null}
      {appointmentInvited(replies) ? (
        <p data-testid="appointment-offer">
          {t('status.appointment')} <Link to={href.appointments(entry.ods)}>{t('status.book')}</Link>
        </p>
      ) : null}
    </div>
  );
}
