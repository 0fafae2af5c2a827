import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRES, compiledQuestionnaire, findOutcome } from '../../../src/content/triage';
import { enabledItems } from '../../../src/domain/triage/enable-when';
import { stoppingResult } from '../../../src/domain/triage/early-stop';
import { triage } from '../../../src/domain/triage/triage';
import type { AnswerValue, Answers, Patient, QuestionnaireItem, Sex, TriageQuestionnaire } from '../../../src/domain/triage/types';
import type { CompiledQuestionnaire } from '../../../src/domain/triage/model';

/**
 * Stopping early never changes the outcome (DESIGN.md, clinical safety): a patient who
 * answers in page order and stops where the app stops gets the same disposition as one
 * who answers every question that shows. 10,000 generated answer sets per questionnaire.
 */
const RUNS = Number(process.env.TRIAGE_PROPERTY_RUNS ?? 10_000);
const stopsJourney = (outcomeId: string) => Boolean(findOutcome(outcomeId)?.stopsJourney);

function valueArbitrary(item: QuestionnaireItem): fc.Arbitrary<AnswerValue> | undefined {
  const options = item.answerOption ?? [];
  const codes = options.map((o) => o.valueCoding.code);
  const exclusive = options.filter((o) => o.exclusive).map((o) => o.valueCoding.code);
  const combinable = codes.filter((c) => !exclusive.includes(c));
  switch (item.type) {
    case 'boolean':
      return fc.boolean();
    case 'choice':
      if (!item.repeats) return fc.constantFrom(...codes);
      // As the page allows: some real options, or "none of these" alone.
      return exclusive.length > 0
        ? fc.oneof(fc.subarray(combinable, { minLength: 1 }), fc.constantFrom(...exclusive.map((c) => [c])))
        : fc.subarray(codes, { minLength: 1 });
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
function fullAnswers(model: CompiledQuestionnaire): fc.Arbitrary<Record<string, AnswerValue | undefined>> {
  const fields: Record<string, fc.Arbitrary<AnswerValue | undefined>> = {};
  for (const [linkId, { item }] of model.items) {
    const value = valueArbitrary(item);
    if (!value) continue;
    fields[linkId] = item.required === false ? fc.option(value, { nil: undefined }) : value;
  }
  return fc.record(fields);
}

function patients(q: TriageQuestionnaire): fc.Arbitrary<Patient> {
  return fc.record({ ageYears: fc.integer({ min: q.ageRange?.min ?? 0, max: q.ageRange?.max ?? 105 }), sex: fc.constantFrom<Sex>('female', 'male') });
}

/** Page order: the questions in content order, each asked once it shows. */
function answerInPageOrder(model: CompiledQuestionnaire, patient: Patient, full: Answers) {
  const given: Record<string, AnswerValue | undefined> = {};
  const asked = new Set<string>();
  const pageOrder = [...model.items.values()].filter(({ item }) => item.type !== 'group' && item.type !== 'display').map(({ item }) => item.linkId);
  for (;;) {
    const enabled = enabledItems(model, given, patient);
    const next = pageOrder.find((linkId) => enabled.has(linkId) && !asked.has(linkId));
    if (next === undefined) return { stopped: null, given };
    asked.add(next);
    given[next] = full[next];
    const stop = stoppingResult(model, { ...patient, answers: given }, stopsJourney);
    if (stop) return { stopped: stop, given };
  }
}

describe.each(QUESTIONNAIRES.map((q) => [q.id, q] as const))('early stopping: %s', (id, questionnaire) => {
  const model = compiledQuestionnaire(id);

  it(`stopping where the app stops gives the same disposition as answering everything (${RUNS} answer sets)`, () => {
    fc.assert(
      fc.property(patients(questionnaire), fullAnswers(model), (patient, full) => {
        const everything = triage(model, { ...patient, answers: full });
        const { stopped } = answerInPageOrder(model, patient, full);
        if (stopped) expect(stopped.disposition).toBe(everything.disposition);
      }),
      { numRuns: RUNS },
    );
  });
});
