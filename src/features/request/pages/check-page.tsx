import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { ErrorSummary } from '../../../components/error-summary';
import { PageHeading } from '../../../components/page-heading';
import { SummaryList, type SummaryRow } from '../../../components/summary-list';
import { useOnline } from '../../../platform/device/online';
import { useDateWords } from '../../../platform/i18n/use-date-words';
import { parseDateOfBirth } from '../../../domain/person/date-of-birth';
import type { RequestDraft } from '../../../domain/request/draft';
import { requestTriage, triageQuestions, triageResponses } from '../model/draft-triage';
import { compiledQuestionnaire } from '../../../content/triage';
import type { AnswerValue, QuestionnaireItem } from '../../../domain/triage/types';
import { buildRequestBundle } from '../../../domain/request/fhir-bundle';
import { formatNhsNumber } from '../../../domain/request/nhs-number';
import { isSharedDevice } from '../../../platform/device/device-settings';
import { replySummary } from '../../../domain/request/reply-summary';
import { JourneyGate, useJourney, type Journey } from '../components/journey';
import { useLooseT, useTriageT, type LooseT } from '../components/loose-t';
import { currentDraft, forgetDraft } from '../model/draft-state';
import { firstIncompleteStep, journeySteps, pageProblems, questionStep } from '../model/steps';
import { loadFreeTextCheck } from '../model/load-free-text-check';

const loadOutbox = () => import('../../../platform/device/outbox');

/** `/:ods/request/check`: every answer with a Change link, then Send (through the outbox). */
export function RequestCheckPage() {
  const journey = useJourney('check');
  return (
    <JourneyGate journey={journey}>
      <CheckContent journey={journey} />
    </JourneyGate>
  );
}

function CheckContent({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation('request');
  const loose = useLooseT();
  const online = useOnline();
  const navigate = useNavigate();
  const [sending, setSending] = useState(false);
  // What Send needs loads after the page paints (the outbox is usually loaded already),
  // and so does the page Send opens: a patient who loses signal here must still see that
  // the request waits on the phone, even before the app is kept for offline use (a first
  // visit) or when it never is (lite mode keeps only pages opened).
  useEffect(() => {
    void loadFreeTextCheck().catch(() => undefined);
    void loadOutbox().catch(() => undefined);
    void import('./sent-page').catch(() => undefined);
  }, []);
  const [showErrors, setShowErrors] = useState(false);
  const draft = journey.draft!;
  const steps = journeySteps(draft, journey.now);
  const problems = steps.flatMap((step) => Object.values(pageProblems(draft, step, journey.now)).map((key) => ({ step, key })));
  const words = useTriageT(draft.forWho, [...new Set(triageQuestions(draft, journey.now).map((q) => q.questionnaireId))]);
  const dateWords = useDateWords();
  const change = (step: string, hidden: string) => ({ to: `${journey.to(step)}?change=1`, hiddenLabel: loose(`request:check.hidden.${hidden}`) });

  async function send() {
    if (problems.length > 0) {
      setShowErrors(true);
      return;
    }
    setSending(true);
    const now = new Date();
    // The last net: words typed or changed since the describe page still get their questions.
    if (await (await loadFreeTextCheck()).newSafetyNetQuestions(i18n.language)) {
      setSending(false);
      void navigate(`${journey.to(firstIncompleteStep(currentDraft()!, now) ?? 'check')}?change=1`);
      return;
    }
    const latest = currentDraft()!;
    const bundle = buildRequestBundle(latest, requestTriage(latest, now), triageResponses(latest, now), now, i18n.language);
    // The request and its draft (marked submitted) are saved together before the page
    // moves on: a reload before that leaves the draft as it was, to send again.
    await (await loadOutbox()).submitRequest(latest, bundle, replySummary(latest));
    forgetDraft();
    void navigate(journey.to(`sent/${latest.id}`), { replace: true });
  }

  const triageRows = triageAnswerRows(draft, journey, words);
  const dob = parseDateOfBirth(draft.patient.dob, journey.now);
  const dobText = dob.ok ? `${Number(dob.date.slice(8))} ${dateWords.months[Number(dob.date.slice(5, 7)) - 1]} ${dob.date.slice(0, 4)}` : '';

  return (
    <>
      <BackLink to={journey.backHref()} />
      {showErrors ? (
        <ErrorSummary
          errors={problems.map(({ step, key }) => ({
            href: `#change-${step.replace(/\//g, '-')}`,
            text: loose(key.includes(':') ? key : `request:${key}`),
          }))}
        />
      ) : null}
      <PageHeading title={t('check.title')} />
      {showErrors ? (
        <ul className="nhsuk-list">
          {[...new Set(problems.map((p) => p.step))].map((step) => (
            <li key={step}>
              <a id={`change-${step.replace(/\//g, '-')}`} href={`${journey.to(step)}?change=1`}>
                {t('check.incomplete')}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <h2 className="nhsuk-heading-m">{t('check.request')}</h2>
      <SummaryList rows={requestRows(draft, loose, change)} />
      {triageRows.length > 0 ? (
        <>
          <h2 className="nhsuk-heading-m">{t('check.triage')}</h2>
          <SummaryList rows={triageRows} />
        </>
      ) : null}
      <h2 className="nhsuk-heading-m">{t('check.person')}</h2>
      <SummaryList
        rows={[
          { key: t('check.keys.name'), value: `${draft.patient.givenName} ${draft.patient.familyName}`, change: change('details', 'details') },
          { key: t('check.keys.dob'), value: dobText, change: change('details', 'details') },
          ...(draft.kind === 'medical' && draft.patient.sex
            ? [{ key: t('check.keys.sex'), value: loose(`request:details.${draft.patient.sex}`), change: change('details', 'details') }]
            : []),
          {
            key: t('check.keys.nhsNumber'),
            value: draft.patient.nhsNumber.trim() ? <span dir="ltr">{formatNhsNumber(draft.patient.nhsNumber)}</span> : t('check.notGiven'),
            change: change('details', 'details'),
          },
          { key: t('check.keys.postcode'), value: <span dir="ltr">{draft.patient.postcode}</span>, change: change('details', 'details') },
        ]}
      />
      <h2 className="nhsuk-heading-m">{t('check.contact')}</h2>
      <SummaryList rows={contactRows(draft, loose, change)} />
      <h2 className="nhsuk-heading-m">{t('check.sendTitle')}</h2>
      <p>{t('check.sendBody')}</p>
      {!online ? <p data-testid="offline-note">{isSharedDevice() ? t('check.offlineNoteShared') : t('check.offlineNote')}</p> : null}
      <button className="nhsuk-button" type="button" disabled={sending} onClick={() => void send()}>
        {sending ? t('check.sending') : t('check.send')}
      </button>
    </>
  );
}

type Change = (step: string, hidden: string) => SummaryRow['change'];

/** A triage answer in words: ticked options, yes or no, a number, or what was typed. */
function answerText(item: QuestionnaireItem, value: AnswerValue, words: LooseT): string {
  if (typeof value === 'boolean') return words(value ? 'options.yes' : 'options.no');
  if (typeof value === 'number') return String(value);
  const label = (code: string) => {
    const option = item.answerOption?.find((o) => o.valueCoding.code === code);
    return option ? words(option.valueCoding.display) : code;
  };
  if (Array.isArray(value)) return (value as string[]).map(label).join('\n');
  return item.type === 'choice' ? label(value as string) : (value as string);
}

/**
 * Every triage question answered, emergency checklist first, each with a Change link
 * back to its own page: the other answers stay as they were, and triage runs again.
 */
function triageAnswerRows(draft: RequestDraft, journey: Journey, words: LooseT): SummaryRow[] {
  return triageQuestions(draft, journey.now).flatMap(({ questionnaireId, linkId }) => {
    const value = draft.answers[questionnaireId]?.[linkId];
    const item = compiledQuestionnaire(questionnaireId).items.get(linkId)?.item;
    if (value === undefined || !item) return [];
    const question = words(item.text);
    return [
      {
        id: `${questionnaireId}/${linkId}`,
        key: question,
        value: answerText(item, value, words),
        change: { to: `${journey.to(questionStep(questionnaireId, linkId))}?change=1`, hiddenLabel: question },
      },
    ];
  });
}

function requestRows(draft: RequestDraft, t: LooseT, change: Change): SummaryRow[] {
  const rows: SummaryRow[] = [
    { key: t('request:check.keys.type'), value: t(draft.kind === 'admin' ? 'request:type.admin' : 'request:type.medical'), change: change('type', 'type') },
    { key: t('request:check.keys.reason'), value: draft.kind && draft.reason ? t(`request:reasons.${draft.kind}.${draft.reason}`) : '', change: change('reason', 'reason') },
    {
      key: t('request:check.keys.forWho'),
      value: t(draft.forWho === 'me' ? 'request:who.me' : draft.forWho === 'child' ? 'request:who.child' : 'request:who.someoneElse'),
      change: change('who', 'forWho'),
    },
    { key: t('request:check.keys.under16'), value: t(draft.under16 === 'yes' ? 'request:who.yes' : 'request:who.no'), change: change('who', 'forWho') },
  ];
  if (draft.forWho && draft.forWho !== 'me') {
    if (draft.forWho === 'someone-else' && draft.relationship) {
      rows.push({
        key: t('request:check.keys.relationship'),
        value: draft.relationship === 'other' ? (draft.relationshipOther ?? '') : t(`request:relationship.options.${draft.relationship}`),
        change: change('relationship', 'relationship'),
      });
    }
    rows.push(
      { key: t('request:check.keys.consent'), value: t(draft.consent === 'yes' ? 'request:who.yes' : 'request:who.no'), change: change('relationship', 'relationship') },
      { key: t('request:check.keys.proxy'), value: `${draft.proxy.givenName} ${draft.proxy.familyName}`, change: change('relationship', 'relationship') },
      {
        key: t('request:check.keys.replyTo'),
        value: t(draft.replyTo === 'me' ? 'request:relationship.replyToMe' : 'request:relationship.replyToPatient'),
        change: change('relationship', 'relationship'),
      },
    );
  }
  if (draft.kind === 'medical' && draft.topic) rows.push({ key: t('request:check.keys.topic'), value: t(`triage:topics.${draft.topic}`), change: change('topic', 'topic') });
  rows.push({
    key: t('request:check.keys.description'),
    value: draft.description.trim() ? <span data-testid="check-description">{draft.description}</span> : t('request:check.notGiven'),
    change: change('describe', 'description'),
  });
  rows.push({
    key: t('request:check.keys.photos'),
    value: t('request:check.photosCount', { count: draft.wantsPhotos === 'yes' ? draft.photos.length : 0 }),
    change: change('photos', 'photos'),
  });
  return rows;
}

function contactRows(draft: RequestDraft, t: LooseT, change: Change): SummaryRow[] {
  const { methods } = draft.contact;
  const rows: SummaryRow[] = [
    { key: t('request:check.keys.methods'), value: methods.map((m) => t(`request:contact.method.${m}`)).join(', '), change: change('contact', 'contact') },
  ];
  if (methods.includes('phone') || methods.includes('text')) {
    rows.push({ key: t('request:check.keys.phone'), value: <span dir="ltr">{draft.contact.phone}</span>, change: change('contact', 'contact') });
  }
  if (methods.includes('email')) rows.push({ key: t('request:check.keys.email'), value: <span dir="ltr">{draft.contact.email}</span>, change: change('contact', 'contact') });
  if (methods.includes('phone')) {
    rows.push(
      { key: t('request:check.keys.times'), value: draft.contact.times.map((x) => t(`request:contact.time.${x}`)).join(', '), change: change('contact', 'contact') },
      { key: t('request:check.keys.leaveMessage'), value: t(draft.contact.leaveMessage === 'yes' ? 'request:contact.yes' : 'request:contact.no'), change: change('contact', 'contact') },
    );
  }
  const needs = draft.needs.needs.map((n) => (n === 'interpreter' && draft.needs.language ? `${t('request:needs.need.interpreter')} (${draft.needs.language})` : t(`request:needs.need.${n}`)));
  rows.push({ key: t('request:check.keys.needs'), value: needs.join(', '), change: change('needs', 'needs') });
  return rows;
}
