import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { inboxQuery } from './api/requests';
import type { InboxItem } from './api/types';
import { filtersFromQuery, InboxFilters, queryFromFilters } from './inbox-filters';
import { newReferences } from './model/new-requests';
import { staffTime } from './model/staff-time';
import { OverdueTag, PriorityTag } from './priority-tag';
import { SessionFrame } from './session-frame';

function InboxEntry({ item }: { item: InboxItem }) {
  const { t, i18n } = useTranslation('practice-area');
  return (
    <li className={`fd-inbox__item${item.overdue ? ' fd-inbox__item--overdue' : ''}`} data-testid="inbox-item">
      <p className="nhsuk-u-margin-bottom-2">
        <PriorityTag priority={item.priority} /> {item.overdue ? <OverdueTag /> : null}
      </p>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1 fd-practice-area__wrap">
        <Link to={`/practice/requests/${encodeURIComponent(item.reference)}`}>{item.summary}</Link>
      </h3>
      <dl className="fd-inbox__facts">
        <dt>{t('inbox.patient')}</dt>
        <dd>{item.patientName}</dd>
        <dt>{t('inbox.type')}</dt>
        <dd>{t(`kind.${item.kind}`)}</dd>
        <dt>{t('inbox.status')}</dt>
        <dd>{item.assignedTo ? t('inbox.statusAssigned', { status: t(`status.${item.status}`), name: item.assignedTo.name }) : t(`status.${item.status}`)}</dd>
        <dt>{t('inbox.received')}</dt>
        <dd>{staffTime(item.receivedAt, i18n.language)}</dd>
        <dt>{t('inbox.replyBy')}</dt>
        <dd>{staffTime(item.replyBy, i18n.language)}</dd>
        <dt>{t('inbox.reference')}</dt>
        <dd dir="ltr">{item.reference}</dd>
      </dl>
    </li>
  );
}

function Inbox() {
  const { t } = useTranslation('practice-area');
  const [params, setParams] = useSearchParams();
  const filters = filtersFromQuery(params);
  const query = queryFromFilters(filters).toString();
  const inbox = useQuery(inboxQuery(query));
  const known = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // New requests are announced politely, without moving focus: staff may be mid-sentence elsewhere.
  const references = inbox.data?.requests.map((r) => r.reference);
  const signature = references?.join(',');
  useEffect(() => {
    if (!references) return;
    const arrived = newReferences(known.current, references);
    if (arrived.length > 0) setAnnouncement(t('inbox.arrived', { count: arrived.length }));
    known.current = new Set([...(known.current ?? []), ...references]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature stands for the references
  }, [signature, t]);

  return (
    <>
      <PageHeading title={t('inbox.title')} />
      <div role="status" className="fd-practice-area__announcement">
        {announcement}
      </div>
      <InboxFilters key={query} initial={filters} onApply={(values) => setParams(queryFromFilters(values))} />
      {inbox.data ? (
        <>
          <h2 className="nhsuk-heading-m">{t('inbox.loadTitle')}</h2>
          <dl className="fd-inbox__facts" data-testid="inbox-load">
            <dt>{t('inbox.load.receivedToday')}</dt>
            <dd>{inbox.data.load.receivedToday}</dd>
            <dt>{t('inbox.load.open')}</dt>
            <dd>{inbox.data.load.open}</dd>
            <dt>{t('inbox.load.overdue')}</dt>
            <dd>{inbox.data.load.overdue}</dd>
          </dl>
          <h2 className="nhsuk-heading-m nhsuk-u-margin-top-5">{t('inbox.listTitle', { count: inbox.data.requests.length })}</h2>
          {inbox.data.requests.length === 0 ? (
            <p>{t('inbox.empty')}</p>
          ) : (
            <ol className="fd-inbox__list">
              {inbox.data.requests.map((item) => (
                <InboxEntry key={item.reference} item={item} />
              ))}
            </ol>
          )}
        </>
      ) : inbox.isError ? (
        <p role="alert">{t('inbox.unavailable')}</p>
      ) : (
        <LoadingPage />
      )}
      {inbox.data && inbox.isError ? <p role="alert">{t('inbox.refreshFailed')}</p> : null}
    </>
  );
}

/** `/practice/inbox`: the practice's requests, most urgent and oldest first, refreshed while open. */
export function InboxPage() {
  const { t } = useTranslation('practice-area');
  return <SessionFrame title={t('inbox.title')}>{() => <Inbox />}</SessionFrame>;
}
