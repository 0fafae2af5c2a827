import { Navigate, useNavigate, useParams } from 'react-router';
import { Checkboxes } from '../../../components/checkboxes';
import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import { TextInput } from '../../../components/text-input';
import { compiledQuestionnaire, findQuestionnaire } from '../../../content/triage';
import { emergencyQuestionnaireId, requestTriage, stoppingOutcome, triageQuestions } from '../model/draft-triage';
import type { AnswerValue, QuestionnaireItem } from '../../../domain/triage/types';
import { FormPage, JourneyGate, useJourney } from '../components/journey';
import { useTriageT, type LooseT } from '../components/loose-t';
import { currentDraft } from '../model/draft-state';
import { firstIncompleteStep, questionStep, stepAfter } from '../model/steps';

/**
 * `/:ods/request/questions/:questionnaireId/:linkId`: one triage question per page.
 * After each answer the engine runs on the device. The journey ends on a red flag's
 * outcome page, online or offline, with nothing sent, as soon as no question still to
 * come could make the outcome more urgent (src/domain/triage/journey.ts).
 */
export function RequestQuestionPage() {
  const { questionnaireId = '', linkId = '' } = useParams();
  const step = questionStep(questionnaireId, linkId);
  const journey = useJourney(step);
  const navigate = useNavigate();
  const t = useTriageT(journey.draft?.forWho, [questionnaireId]);
  const questionnaire = findQuestionnaire(questionnaireId);
  const item = questionnaire ? compiledQuestionnaire(questionnaireId).items.get(linkId)?.item : undefined;

  // A topic's questionnaire loads with the journey: wait for it before deciding the page does not exist.
  if (!journey.draft || !journey.topicReady) return <JourneyGate journey={journey}>{null}</JourneyGate>;
  if (!item) return <Navigate to={journey.to()} replace />;
  const title = t(item.text);

  function afterAnswer() {
    const draft = currentDraft()!;
    const now = new Date();
    const stop = stoppingOutcome(draft, now);
    if (stop) {
      void navigate(journey.to(`outcome/${stop}`));
      return;
    }
    // After the last topic or safety-net question: the advice page (routine included),
    // and after a changed answer, the new advice if the outcome changed.
    const role = triageQuestions(draft, now).find((q) => q.questionnaireId === questionnaireId && q.linkId === linkId)?.role;
    if (draft.kind === 'medical' && role !== undefined && role !== 'emergency-screen') {
      const next = journey.changing ? firstIncompleteStep(draft, now) : stepAfter(draft, step, now);
      const outcome = next?.startsWith('questions/') ? null : requestTriage(draft, now);
      if (outcome && (!journey.changing || outcome.outcomeId !== draft.outcomeShown)) {
        journey.update((d) => ({ ...d, outcomeShown: outcome.outcomeId }));
        void navigate(journey.to(`outcome/${outcome.outcomeId}`) + (journey.changing ? '?change=1' : ''));
        return;
      }
    }
    journey.goNext(step);
  }

  const setAnswer = (value: AnswerValue | undefined) =>
    journey.update((d) => ({ ...d, answers: { ...d.answers, [questionnaireId]: { ...d.answers[questionnaireId], [linkId]: value } } }));

  return (
    <JourneyGate journey={journey}>
      <FormPage journey={journey} step={step} questionTitle={title} onComplete={afterAnswer}>
        {(draft, errorFor) => (
          <QuestionField item={item} title={title} t={t} safetyNet={questionnaireId === 'red-flag-check'} value={draft.answers[questionnaireId]?.[linkId]} error={errorFor(linkId)} onChange={setAnswer} />
        )}
      </FormPage>
    </JourneyGate>
  );
}

function QuestionField({
  item,
  title,
  t,
  safetyNet,
  value,
  error,
  onChange,
}: {
  item: QuestionnaireItem;
  title: string;
  /** Triage words for the person asked about. */
  t: LooseT;
  safetyNet: boolean;
  value: AnswerValue | undefined;
  error?: string;
  onChange: (value: AnswerValue | undefined) => void;
}) {
  // Safety-net questions say why they are asked: words the patient wrote can be a sign of an emergency.
  const hint = item.hint ? t(item.hint) : safetyNet ? t('safetyNet.intro') : undefined;
  const options = (item.answerOption ?? []).map((o) => ({
    value: o.valueCoding.code,
    label: t(o.valueCoding.display),
    ...(o.exclusive ? { exclusive: true } : {}),
  }));
  switch (item.type) {
    case 'boolean':
      return (
        <Radios
          name={item.linkId}
          legend={title}
          legendAsHeading
          hint={hint}
          error={error}
          inline
          value={value === true ? 'yes' : value === false ? 'no' : undefined}
          onChange={(answer) => onChange(answer === 'yes')}
          options={[
            { value: 'yes', label: t('options.yes') },
            { value: 'no', label: t('options.no') },
          ]}
        />
      );
    case 'choice':
      return item.repeats ? (
        <Checkboxes
          name={item.linkId}
          legend={title}
          legendAsHeading
          hint={hint}
          error={error}
          values={Array.isArray(value) ? [...(value as string[])] : []}
          onChange={(values) => onChange(values.length > 0 ? values : undefined)}
          options={options}
        />
      ) : (
        <Radios name={item.linkId} legend={title} legendAsHeading hint={hint} error={error} value={typeof value === 'string' ? value : undefined} onChange={onChange} options={options} />
      );
    case 'integer':
      return (
        <TextInput
          id={item.linkId}
          name={item.linkId}
          label={title}
          labelAsHeading
          hint={hint}
          error={error}
          inputMode="numeric"
          width="3"
          value={value === undefined ? '' : String(value)}
          onChange={(text) => onChange(text.trim() === '' ? undefined : /^\d+$/.test(text.trim()) ? Number(text.trim()) : text)}
        />
      );
    case 'string':
    case 'text':
      return (
        <Textarea
          id={item.linkId}
          name={item.linkId}
          label={title}
          labelAsHeading
          hint={hint}
          error={error}
          maxLength={item.maxLength ?? 1000}
          value={typeof value === 'string' ? value : ''}
          onChange={(text) => onChange(text === '' ? undefined : text)}
        />
      );
    default:
      return <p>{title}</p>;
  }
}

/** `/:ods/request/emergency`: the first question of the emergency screen for this person. */
export function RequestEmergencyPage() {
  const journey = useJourney('emergency');
  const draft = journey.draft;
  if (!draft) return <JourneyGate journey={journey}>{null}</JourneyGate>;
  const id = emergencyQuestionnaireId(draft, journey.now);
  const first = compiledQuestionnaire(id).source.item[0]!.linkId;
  return <Navigate to={journey.to(questionStep(id, first))} replace />;
}
