import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { WarningCallout } from '../../components/callouts';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { SummaryList, type SummaryRow } from '../../components/summary-list';
import { ApiError } from '../../platform/api/client';
import { photoUrl, requestQuery } from './api/requests';
import type { RequestDetail, Staff } from './api/types';
import { staffTime } from './model/staff-time';
import { OverdueTag, PriorityTag } from './priority-tag';
import { AssignAndStart, CompleteForm, ExportLinks, ReplyForm } from './request-actions';
import { SessionFrame } from './session-frame';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="nhsuk-u-margin-bottom-6">
      <h2 className="nhsuk-heading-m" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function RequestBody({ request, staff }: { request: RequestDetail; staff: Staff }) {
  const { t, i18n } = useTranslation('practice-area');
  const time = (iso: string) => staffTime(iso, i18n.language);
  const patientRows: SummaryRow[] = [
    { key: t('request.patient.name'), value: request.patient.name },
    { key: t('request.patient.dateOfBirth'), value: request.patient.dateOfBirth },
    ...(request.patient.nhsNumber ? [{ key: t('request.patient.nhsNumber'), value: <span dir="ltr">{request.patient.nhsNumber}</span> }] : []),
    ...(request.patient.sex ? [{ key: t('request.patient.sex'), value: request.patient.sex }] : []),
    ...(request.patient.address ? [{ key: t('request.patient.address'), value: request.patient.address }] : []),
    ...(request.requester
      ? [{ key: t('request.patient.requester'), value: t('request.patient.requesterValue', { name: request.requester.name, relationship: request.requester.relationship }) }]
      : []),
  ];
  const contactRows: SummaryRow[] = [
    ...(request.contact.phone ? [{ key: t('request.contact.phone'), value: <span dir="ltr">{request.contact.phone}</span> }] : []),
    ...(request.contact.email ? [{ key: t('request.contact.email'), value: request.contact.email }] : []),
    { key: t('request.contact.preferences'), value: request.contact.preferences.length > 0 ? request.contact.preferences.join('\n') : t('request.none') },
  ];

  return (
    <>
      <BackLink to="/practice/inbox" />
      <PageHeading title={t('request.title', { reference: request.reference })} caption={t(`kind.${request.kind}`)} />
      <p>
        <PriorityTag priority={request.priority} /> {request.overdue ? <OverdueTag /> : null}
      </p>

      {/* Communication needs come first: they change how staff should make contact. */}
      <WarningCallout heading={t('request.communicationNeeds')}>
        {request.communicationNeeds.length > 0 ? (
          <ul data-testid="communication-needs">
            {request.communicationNeeds.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        ) : (
          <p>{t('request.noCommunicationNeeds')}</p>
        )}
      </WarningCallout>

      <SummaryList
        rows={[
          { key: t('request.status'), value: request.assignedTo ? t('inbox.statusAssigned', { status: t(`status.${request.status}`), name: request.assignedTo.name }) : t(`status.${request.status}`) },
          { key: t('inbox.received'), value: time(request.receivedAt) },
          { key: t('inbox.replyBy'), value: time(request.replyBy) },
          { key: t('request.language'), value: request.language },
          ...(request.outcome
            ? [{ key: t('request.outcome'), value: [t(`outcomes.${request.outcome.code}`), request.outcome.note, t('request.byAt', { by: request.outcome.by, at: time(request.outcome.at) })].filter(Boolean).join('\n') }]
            : []),
        ]}
      />

      <Section id="patient-title" title={t('request.patient.title')}>
        <SummaryList rows={patientRows} />
      </Section>
      <Section id="contact-title" title={t('request.contact.title')}>
        <SummaryList rows={contactRows} />
      </Section>

      {request.triage ? (
        <Section id="triage-title" title={t('request.triage.title')}>
          <p>{t('request.triage.disposition', { disposition: request.triage.disposition })}</p>
          {request.triage.rules.length > 0 ? (
            <>
              <p>{t('request.triage.rulesIntro')}</p>
              <ul data-testid="fired-rules">
                {request.triage.rules.map((rule) => (
                  <li key={rule.id}>
                    {rule.title}{' '}
                    <a href={rule.source} rel="noreferrer" target="_blank">
                      {t('request.triage.source')}
                      <span className="nhsuk-u-visually-hidden"> {t('request.triage.sourceFor', { rule: rule.title })}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('request.triage.noRules')}</p>
          )}
          <p className="nhsuk-body-s">{t('request.triage.contentVersion', { version: request.triage.contentVersion })}</p>
        </Section>
      ) : null}

      <Section id="answers-title" title={t('request.answers')}>
        <SummaryList rows={request.answers.map((a, index) => ({ key: a.question, id: `${index}`, value: a.answer }))} />
      </Section>

      {request.ownWords ? (
        <Section id="own-words-title" title={t('request.ownWords')}>
          {/* The patient's words as typed: React writes them as text, never as HTML. */}
          <blockquote className="nhsuk-inset-text fd-practice-area__own-words" data-testid="own-words">
            {request.ownWords}
          </blockquote>
        </Section>
      ) : null}

      {request.photos.length > 0 ? (
        <Section id="photos-title" title={t('request.photos')}>
          {request.photos.map((photo, index) => (
            <img key={photo.id} className="fd-practice-area__photo" src={photoUrl(photo.url)} alt={t('request.photoAlt', { number: index + 1 })} />
          ))}
        </Section>
      ) : null}

      <Section id="replies-title" title={t('request.replies')}>
        {request.replies.length === 0 ? (
          <p>{t('request.noReplies')}</p>
        ) : (
          <ul className="nhsuk-list">
            {request.replies.map((reply) => (
              <li key={reply.id} className="nhsuk-inset-text">
                <p className="fd-practice-area__own-words">{reply.text}</p>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                  {t('request.byAt', { by: reply.by, at: time(reply.sentAt) })}
                  {reply.inviteAppointment ? ` ${t('request.invited')}` : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <AssignAndStart request={request} staff={staff} />
      <ReplyForm request={request} />
      <CompleteForm request={request} />
      <ExportLinks request={request} />

      <Section id="history-title" title={t('request.history')}>
        <ul className="nhsuk-list">
          {request.history.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>{t('request.historyEntry', { what: entry.what, by: entry.by, at: time(entry.at) })}</li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function RequestLoader({ staff }: { staff: Staff }) {
  const { t } = useTranslation('practice-area');
  const { reference = '' } = useParams();
  const request = useQuery(requestQuery(reference));
  if (request.data) return <RequestBody request={request.data} staff={staff} />;
  if (request.error instanceof ApiError && request.error.status === 404) {
    return (
      <>
        <BackLink to="/practice/inbox" />
        <PageHeading title={t('request.notFound')} />
        <p>{t('request.notFoundBody')}</p>
      </>
    );
  }
  if (request.isError) return <p role="alert">{t('request.unavailable')}</p>;
  return <LoadingPage />;
}

/** `/practice/requests/:reference`: one request, everything staff need to act on it. */
export function RequestPage() {
  const { t } = useTranslation('practice-area');
  return <SessionFrame title={t('request.notFound')}>{(staff) => <RequestLoader staff={staff} />}</SessionFrame>;
}
