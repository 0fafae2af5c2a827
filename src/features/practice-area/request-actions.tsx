import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../components/checkboxes';
import { Radios } from '../../components/radios';
import { Textarea } from '../../components/textarea';
import { ActionError } from './action-error';
import { practiceAreaKeys } from './api/keys';
import { assignRequest, completeRequest, exportUrl, replyToPatient, startRequest } from './api/requests';
import { OUTCOMES, type Outcome, type RequestDetail, type Staff } from './api/types';

export const REPLY_MAX_LENGTH = 2000;
const NOTE_MAX_LENGTH = 2000;

/** Each action answers the new request; the page shows it at once, and the inbox catches up. */
function useRequestAction<T>(name: string, reference: string, act: (input: T) => Promise<RequestDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: practiceAreaKeys.action(name),
    mutationFn: act,
    onSuccess: (detail) => {
      queryClient.setQueryData(practiceAreaKeys.request(reference), detail);
      void queryClient.invalidateQueries({ queryKey: practiceAreaKeys.inboxes() });
    },
  });
}

export function AssignAndStart({ request, staff }: { request: RequestDetail; staff: Staff }) {
  const { t } = useTranslation('practice-area');
  const assign = useRequestAction('assign', request.reference, (staffId: string | null) => assignRequest(request.reference, staffId));
  const start = useRequestAction('start', request.reference, () => startRequest(request.reference));
  const mine = request.assignedTo?.id === staff.id;
  if (request.status === 'completed') return null;
  return (
    <section aria-labelledby="handle-title">
      <h2 className="nhsuk-heading-m" id="handle-title">
        {t('request.handleTitle')}
      </h2>
      <ActionError error={assign.error ?? start.error} />
      <div className="fd-practice-area__actions">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={assign.isPending} onClick={() => assign.mutate(mine ? null : staff.id)}>
          {mine ? t('request.unassign') : t('request.assignToMe')}
        </button>
        {request.status === 'new' ? (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={start.isPending} onClick={() => start.mutate(undefined)}>
            {t('request.start')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

export function ReplyForm({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('practice-area');
  const [text, setText] = useState('');
  const [invite, setInvite] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const reply = useRequestAction('reply', request.reference, (input: { text: string; invite: boolean }) => replyToPatient(request.reference, input.text, input.invite));

  function send(event: FormEvent) {
    event.preventDefault();
    const length = [...text.trim()].length;
    if (length === 0) return setProblem(t('request.reply.empty'));
    if ([...text].length > REPLY_MAX_LENGTH) return setProblem(t('request.reply.tooLong', { max: REPLY_MAX_LENGTH }));
    setProblem(null);
    setSent(false);
    // The text stays in the box until the server has it: a failed send loses nothing.
    reply.mutate(
      { text, invite },
      {
        onSuccess: () => {
          setText('');
          setInvite(false);
          setSent(true);
        },
      },
    );
  }

  if (request.status === 'completed') return null;
  return (
    <section aria-labelledby="reply-title">
      <h2 className="nhsuk-heading-m" id="reply-title">
        {t('request.reply.title')}
      </h2>
      {sent ? <p role="status">{t('request.reply.sent')}</p> : null}
      <ActionError error={reply.error} />
      <form onSubmit={send} noValidate>
        <Textarea id="reply" name="reply" label={t('request.reply.label')} hint={t('request.reply.hint')} value={text} onChange={setText} maxLength={REPLY_MAX_LENGTH} error={problem} />
        <Checkboxes
          name="invite"
          legend={t('request.reply.inviteLegend')}
          values={invite ? ['yes'] : []}
          onChange={(values) => setInvite(values.includes('yes'))}
          options={[{ value: 'yes', label: t('request.reply.invite') }]}
        />
        <button type="submit" className="nhsuk-button" disabled={reply.isPending}>
          {t('request.reply.send')}
        </button>
      </form>
    </section>
  );
}

export function CompleteForm({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('practice-area');
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [noteProblem, setNoteProblem] = useState<string | null>(null);
  const complete = useRequestAction('complete', request.reference, (input: { outcome: Outcome; note: string }) =>
    completeRequest(request.reference, input.outcome, input.note.trim() || undefined),
  );

  function send(event: FormEvent) {
    event.preventDefault();
    setProblem(outcome ? null : t('request.complete.choose'));
    setNoteProblem([...note].length > NOTE_MAX_LENGTH ? t('request.complete.noteTooLong', { max: NOTE_MAX_LENGTH }) : null);
    if (!outcome || [...note].length > NOTE_MAX_LENGTH) return;
    complete.mutate({ outcome, note });
  }

  if (request.status === 'completed') return null;
  return (
    <section aria-labelledby="complete-title">
      <h2 className="nhsuk-heading-m" id="complete-title">
        {t('request.complete.title')}
      </h2>
      <ActionError error={complete.error} />
      <form onSubmit={send} noValidate>
        <Radios
          name="outcome"
          legend={t('request.complete.outcome')}
          value={outcome}
          error={problem}
          onChange={(value) => setOutcome(OUTCOMES.find((o) => o === value))}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        />
        <Textarea id="note" name="note" label={t('request.complete.note')} hint={t('request.complete.noteHint')} value={note} onChange={setNote} maxLength={NOTE_MAX_LENGTH} rows={3} error={noteProblem} />
        <button type="submit" className="nhsuk-button" disabled={complete.isPending}>
          {t('request.complete.send')}
        </button>
      </form>
    </section>
  );
}

export function ExportLinks({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('practice-area');
  if (request.status !== 'completed') return null;
  return (
    <section aria-labelledby="export-title">
      <h2 className="nhsuk-heading-m" id="export-title">
        {t('request.export.title')}
      </h2>
      <ul>
        <li>
          <a href={exportUrl(request.reference, 'pdf')} download>
            {t('request.export.pdf')}
          </a>
        </li>
        <li>
          <a href={exportUrl(request.reference, 'json')} download>
            {t('request.export.fhir')}
          </a>
        </li>
      </ul>
    </section>
  );
}
