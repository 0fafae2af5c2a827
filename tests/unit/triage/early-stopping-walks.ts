import fc from 'fast-check';
import { expect } from 'vitest';
import { QUESTIONNAIRES, TOPICS, compiledQuestionnaire, questionnaireIdForTopic, topicQuestionnaireIds } from '../../../src/content/triage/all';
import { TRIAGE_JOURNEY } from '../../../src/content/triage/journey-content';
import { journeyOutcome, journeyQuestions, journeyStop, type JourneyState } from '../../../src/domain/triage/journey';
import type { AnswerValue, Answers, Patient, QuestionnaireItem, Sex } from '../../../src/domain/triage/types';
import type { CompiledQuestionnaire } from '../../../src/domain/triage/model';

/**
 * Stopping early never changes the outcome (DESIGN.md, clinical safety): a patient who
 * answers in page order and stops where the app stops (journeyStop, the function the
 * question page calls) gets the same disposition as one who answers every question
 * that shows. 10,000 generated answer sets per questionnaire, each questionnaire in its
 * place in the journey, and then whole journeys.
 *
 * The walks live here; the tests are split across early-stopping-{a,b,c}.test.ts so that
 * Vitest's workers share them (one file took nearly two minutes on one worker).
 */
export const RUNS = Number(process.env.TRIAGE_PROPERTY_RUNS ?? 10_000);

type Full = Record<string, Record<string, AnswerValue | undefined>>;

function valueArbitrary(item: QuestionnaireItem, calm = false): fc.Arbitrary<AnswerValue> | undefined {
  const options = item.answerOption ?? [];
  const codes = options.map((o) => o.valueCoding.code);
  const exclusive = options.filter((o) => o.exclusive).map((o) => o.valueCoding.code);
  const combinable = codes.filter((c) => !exclusive.includes(c));
  switch (item.type) {
    case 'boolean':
      return fc.boolean();
    case 'choice':
      if (!item.repeats) return fc.constantFrom(...codes);
      // As the page allows: some real options, or "none of these" alone (mostly, on a calm screen).
      if (exclusive.length === 0) return fc.subarray(codes, { minLength: 1 });
      return fc.oneof(
        { arbitrary: fc.subarray(combinable, { minLength: 1 }), weight: 1 },
        { arbitrary: fc.constantFrom(...exclusive.map((c) => [c])), weight: calm ? 8 : 1 },
      );
    case 'integer':
      return fc.integer({ min: item.minValue ?? 0, max: item.maxValue ?? 100 });
    case 'string':
    case 'text':
      return fc.constantFrom('It started on Monday.', '');
    default:
      return undefined;
  }
}

/** An answer for every question a patient could see; optional ones may be left empty. */
function answersFor(model: CompiledQuestionnaire, calm = false): fc.Arbitrary<Record<string, AnswerValue | undefined>> {
  const fields: Record<string, fc.Arbitrary<AnswerValue | undefined>> = {};
  for (const [linkId, { item }] of model.items) {
    const value = valueArbitrary(item, calm);
    if (!value) continue;
    fields[linkId] = item.required === false && model.id !== 'red-flag-check' ? fc.option(value, { nil: undefined }) : value;
  }
  return fc.record(fields);
}

const patient = (min = 0, max = 105): fc.Arbitrary<Patient> =>
  fc.record({ ageYears: fc.integer({ min, max }), sex: fc.constantFrom<Sex>('female', 'male') });

/** Everything the patient would answer, and the events between the questions. */
interface Walk {
  start: JourneyState;
  /** After the emergency screen: the topic chosen and the words written. */
  afterScreen?: Pick<JourneyState, 'topic' | 'freeTextChecked' | 'safetyNetAsk'>;
  full: Full;
}

/** Answers question by question in page order, stopping where the app stops. */
function walk({ start, afterScreen, full }: Walk) {
  let state: JourneyState = { ...start, answers: {} };
  const asked = new Set<string>();
  let screenDone = afterScreen === undefined;
  for (;;) {
    const next = journeyQuestions(TRIAGE_JOURNEY, state).find((q) => !asked.has(`${q.questionnaireId}/${q.linkId}`));
    if (!next) {
      if (screenDone) return { stopped: null, state };
      state = { ...state, ...afterScreen };
      screenDone = true;
      continue;
    }
    asked.add(`${next.questionnaireId}/${next.linkId}`);
    const value = full[next.questionnaireId]?.[next.linkId];
    state = { ...state, answers: { ...state.answers, [next.questionnaireId]: { ...state.answers[next.questionnaireId], [next.linkId]: value } } };
    const stop = journeyStop(TRIAGE_JOURNEY, state);
    if (stop) return { stopped: stop, state };
  }
}

export function expectStoppingChangesNothing(w: Walk) {
  const everything = journeyOutcome(TRIAGE_JOURNEY, { ...w.start, ...w.afterScreen, answers: w.full as Record<string, Answers> })!;
  const { stopped } = walk(w);
  if (stopped) {
    expect(stopped.disposition).toBe(everything.disposition);
    expect(stopped.outcomeId).toBe(everything.outcomeId);
  }
}

const SCREENS = ['emergency-adult', 'emergency-child'];
const CALM_SCREEN = (ageYears: number) => {
  const id = ageYears <= 15 ? 'emergency-child' : 'emergency-adult';
  return { [id]: Object.fromEntries(compiledQuestionnaire(id).source.item.map((i) => [i.linkId, ['none']])) };
};

/** Each questionnaire in its own place in the journey. */
export function walksFor(id: string): fc.Arbitrary<Walk> {
  const model = compiledQuestionnaire(id);
  if (SCREENS.includes(id)) {
    const range = model.source.ageRange ?? {};
    return fc.record({ p: patient(range.min, range.max), answers: answersFor(model) }).map(({ p, answers }) => ({
      start: { kind: 'medical', patient: p, freeTextChecked: false, safetyNetAsk: [], answers: {} },
      full: { [id]: answers },
    }));
  }
  if (id === 'red-flag-check') {
    const linkIds = [...model.items.keys()];
    return fc.record({ p: patient(), ask: fc.subarray(linkIds, { minLength: 1 }), answers: answersFor(model) }).map(({ p, ask, answers }) => ({
      start: { kind: 'admin', patient: p, freeTextChecked: true, safetyNetAsk: ask, answers: {} },
      full: { [id]: answers },
    }));
  }
  const topics = TOPICS.filter((t) => topicQuestionnaireIds(t).includes(id));
  const range = model.source.ageRange ?? {};
  return fc
    .record({ p: patient(range.min, range.max), topic: fc.constantFrom(...topics.map((t) => t.id)), answers: answersFor(model) })
    .filter(({ p, topic }) => questionnaireIdForTopic(topic, p.ageYears) === id)
    .map(({ p, topic, answers }) => ({
      start: { kind: 'medical', patient: p, topic, freeTextChecked: true, safetyNetAsk: [], answers: {} },
      full: { ...CALM_SCREEN(p.ageYears), [id]: answers },
    }));
}

/** Whole journeys: emergency screen, topic, free-text questions, in the app's order. */
export const wholeJourneys: fc.Arbitrary<Walk> = fc
  .record({ p: patient(), topic: fc.constantFrom(...TOPICS.map((t) => t.id)), ask: fc.subarray([...compiledQuestionnaire('red-flag-check').items.keys()]) })
  .chain(({ p, topic, ask }) => {
    const screen = compiledQuestionnaire(p.ageYears <= 15 ? 'emergency-child' : 'emergency-adult');
    const topicModel = compiledQuestionnaire(questionnaireIdForTopic(topic, p.ageYears));
    return fc
      .record({ screen: answersFor(screen, true), net: answersFor(compiledQuestionnaire('red-flag-check')), topicAnswers: answersFor(topicModel) })
      .map(({ screen: s, net, topicAnswers }) => ({
        start: { kind: 'medical' as const, patient: p, freeTextChecked: false, safetyNetAsk: [], answers: {} },
        afterScreen: { topic, freeTextChecked: true, safetyNetAsk: ask },
        full: { [screen.id]: s, 'red-flag-check': net, [topicModel.id]: topicAnswers },
      }));
  });

/** The questionnaires of one part of three, so the test files share the work. */
export const questionnairesOfPart = (part: number) => QUESTIONNAIRES.map((q) => q.id).filter((_, index) => index % 3 === part);
