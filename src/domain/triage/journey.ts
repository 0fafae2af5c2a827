import type { Disposition, PharmacyCondition } from './dispositions';
import { isMoreUrgent, urgencyRank } from './dispositions';
import type { CompiledQuestionnaire } from './model';
import type { Answers, Patient, TriageResult } from './types';
import { ruleTruths, itemsShown, type RuleTruth } from './reachable';
import { triageBounds, type TriageBounds } from './settled';
import { triage } from './triage';

/**
 * The triage journey as the app composes it, for the app, the vignette runner and the
 * tests alike:
 *
 *   emergency screen → topic chosen → the patient's own words → safety-net questions
 *   the words call for → topic questions → outcome
 *
 * The emergency screen comes first, before any personal details. The free text comes
 * before the topic questions so that, when they start, every question still to come is
 * known, and a journey stops early only on an outcome no question still to come could
 * change (src/domain/triage/settled.ts). docs/clinical-safety/journey.md explains the join.
 *
 * Content is passed in: the domain never imports it.
 */
export interface JourneyContent {
  emergencyScreen(ageYears: number): CompiledQuestionnaire;
  /** Undefined for an unknown topic, or one whose questionnaire is not loaded yet. */
  topicQuestionnaire(topic: string, ageYears: number): CompiledQuestionnaire | undefined;
  /** The direct red-flag questions worrying words in free text lead to. */
  safetyNet: CompiledQuestionnaire;
  /** Outcome pages that end the journey at once (999, A&E, 111, crisis help). */
  stopsJourney(outcomeId: string): boolean;
}

export interface JourneyState {
  kind?: 'medical' | 'admin';
  patient: Patient;
  topic?: string;
  /** The patient's own words have been read for worrying words: the safety-net questions are known. */
  freeTextChecked: boolean;
  /** Safety-net questions (linkIds) the words called for. */
  safetyNetAsk: readonly string[];
  answers: Readonly<Record<string, Answers | undefined>>;
}

export type StageRole = 'emergency-screen' | 'safety-net' | 'topic';

export interface JourneyStage {
  role: StageRole;
  model: CompiledQuestionnaire;
  /** The items this journey can ask, in page order. */
  linkIds: readonly string[];
}

export interface JourneyQuestion {
  questionnaireId: string;
  linkId: string;
  role: StageRole;
}

export interface JourneyOutcome {
  disposition: Disposition;
  outcomeId: string;
  pharmacyCondition?: PharmacyCondition;
  /** Every rule that fired, questionnaire by questionnaire. */
  firedRules: string[];
  contentVersion: string;
  /** Each questionnaire's own result. */
  results: TriageResult[];
}

const askable = (model: CompiledQuestionnaire) =>
  [...model.items.values()].filter(({ item }) => item.type !== 'group' && item.type !== 'display').map(({ item }) => item.linkId);

function answersOf(state: JourneyState, stage: JourneyStage): Answers {
  const all = state.answers[stage.model.id] ?? {};
  if (stage.role !== 'safety-net') return all;
  return Object.fromEntries(stage.linkIds.map((linkId) => [linkId, all[linkId]]));
}

function onlyItems(stage: JourneyStage): ReadonlySet<string> | undefined {
  return stage.role === 'safety-net' ? new Set(stage.linkIds) : undefined;
}

function stageTruths(state: JourneyState, stage: JourneyStage): RuleTruth[] {
  return ruleTruths(stage.model, state.patient, answersOf(state, stage), onlyItems(stage));
}

/**
 * Whether the emergency screen has ended the journey: its outcome is settled at or above
 * the screen's `endsJourney` level, and every question it must ask first has an answer.
 */
export function emergencyScreenEndsJourney(state: JourneyState, screen: CompiledQuestionnaire): boolean {
  const gate = screen.source.endsJourney;
  if (!gate) return false;
  const answers = state.answers[screen.id] ?? {};
  if (gate.onceAnswered.some((linkId) => answers[linkId] === undefined)) return false;
  const { settled } = triageBounds(ruleTruths(screen, state.patient, answers), screen.defaultDisposition);
  return settled !== null && urgencyRank(settled.disposition) <= urgencyRank(gate.atOrAbove);
}

/** The questionnaires of this journey, in order, with the items each can ask. */
export function journeyStages(content: JourneyContent, state: JourneyState): JourneyStage[] {
  const stages: JourneyStage[] = [];
  if (state.kind === 'medical') {
    const screen = content.emergencyScreen(state.patient.ageYears);
    stages.push({ role: 'emergency-screen', model: screen, linkIds: askable(screen) });
    if (emergencyScreenEndsJourney(state, screen)) return stages;
  }
  if (state.freeTextChecked && state.safetyNetAsk.length > 0) {
    const net = content.safetyNet;
    stages.push({ role: 'safety-net', model: net, linkIds: askable(net).filter((linkId) => state.safetyNetAsk.includes(linkId)) });
  }
  const topic = state.kind === 'medical' && state.topic ? content.topicQuestionnaire(state.topic, state.patient.ageYears) : undefined;
  if (topic) stages.push({ role: 'topic', model: topic, linkIds: askable(topic) });
  return stages;
}

/**
 * Questionnaires the journey has not reached yet could still send the patient anywhere,
 * 999 included: the topic is not chosen, or the free text not yet written.
 */
function laterCanReach(content: JourneyContent, state: JourneyState): Disposition | undefined {
  if (state.kind === 'medical' && emergencyScreenEndsJourney(state, content.emergencyScreen(state.patient.ageYears))) return undefined;
  // A topic not chosen yet, or whose questionnaire is not on the device yet, could reach anything.
  if (state.kind === 'medical' && (!state.topic || !content.topicQuestionnaire(state.topic, state.patient.ageYears))) return 'call-999';
  return state.freeTextChecked ? undefined : 'call-999';
}

/** The questions to ask now, in page order: those that show with the answers so far. */
export function journeyQuestions(content: JourneyContent, state: JourneyState): JourneyQuestion[] {
  return journeyStages(content, state).flatMap((stage) => {
    // Topic questions come after the free text, once every question still to come is known.
    if (stage.role === 'topic' && !state.freeTextChecked) return [];
    const shown = itemsShown(stage.model, answersOf(state, stage), state.patient, onlyItems(stage));
    return stage.linkIds.filter((linkId) => shown.get(linkId) === 'yes').map((linkId) => ({ questionnaireId: stage.model.id, linkId, role: stage.role }));
  });
}

/** When nothing fires anywhere: the topic questionnaire's default, or a routine request. */
function joinDefault(stages: readonly JourneyStage[]): Disposition {
  return stages.find((s) => s.role === 'topic')?.model.defaultDisposition ?? 'routine';
}

/** Where the journey could still go, from the answers so far. */
export function journeyBounds(content: JourneyContent, state: JourneyState): TriageBounds {
  const stages = journeyStages(content, state);
  return triageBounds(
    stages.flatMap((stage) => stageTruths(state, stage)),
    joinDefault(stages),
    laterCanReach(content, state),
  );
}

/**
 * The outcome page that ends the journey now, or null to carry on. A journey ends early
 * only on an outcome that no question still to come could change.
 */
export function journeyStop(content: JourneyContent, state: JourneyState): { disposition: Disposition; outcomeId: string } | null {
  const { settled } = journeyBounds(content, state);
  return settled && content.stopsJourney(settled.outcomeId) ? { disposition: settled.disposition, outcomeId: settled.outcomeId } : null;
}

/**
 * The request's outcome from every questionnaire answered: the most urgent rule that
 * fired anywhere (ties go to the earlier questionnaire, then the earlier rule). The
 * emergency screen and the safety-net questions only ever add red flags; their own
 * "nothing fired" default never counts, so self-care or a pharmacist given on the topic's
 * outcome page is what the practice sees.
 */
export function journeyOutcome(content: JourneyContent, state: JourneyState): JourneyOutcome | null {
  const stages = journeyStages(content, state);
  if (stages.length === 0) return null;
  const results = stages.map((stage) => triage(stage.model, { ...state.patient, answers: answersOf(state, stage) }));
  let winner: { disposition: Disposition; outcomeId: string; pharmacyCondition?: PharmacyCondition } | undefined;
  for (const result of results) {
    if (result.firedRules.length === 0) continue;
    if (!winner || isMoreUrgent(result.disposition, winner.disposition)) winner = result;
  }
  const fallback = joinDefault(stages);
  const chosen = winner ?? { disposition: fallback, outcomeId: fallback };
  return {
    disposition: chosen.disposition,
    outcomeId: chosen.outcomeId,
    ...(chosen.disposition === 'pharmacy' && chosen.pharmacyCondition ? { pharmacyCondition: chosen.pharmacyCondition } : {}),
    firedRules: results.flatMap((r) => r.firedRules),
    contentVersion: results[0]!.contentVersion,
    results,
  };
}
