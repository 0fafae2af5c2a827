import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compiledQuestionnaire } from '../../src/content/triage/all';
import { TRIAGE_JOURNEY } from '../../src/content/triage/journey-content';
import { QUESTIONNAIRE_FINDINGS } from '../../src/content/triage/findings';
import { SAFETY_NET_WORDS } from '../../src/content/triage/safety-net-words';
import { SOMETHING_ELSE, topicSuggestions } from '../../src/content/triage/topic-words';
import { freeTextSafetyNet } from '../../src/domain/triage/free-text-safety-net';
import { journeyOutcome, journeyQuestions, journeyStop, type JourneyState } from '../../src/domain/triage/journey';
import { urgencyRank, type Disposition } from '../../src/domain/triage/dispositions';
import type { AnswerValue } from '../../src/domain/triage/types';
import { answerFromFindings } from './simulated-patient';
import { CLASSES, parseVignettes, type Vignette, type VignetteClass } from './vignette';

export const VIGNETTES_DIR = join(import.meta.dirname, '../../docs/clinical-safety/vignettes');

export function loadVignettes(dir = VIGNETTES_DIR): Vignette[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const cases = files.flatMap((file) => parseVignettes(JSON.parse(readFileSync(join(dir, file), 'utf8')), file));
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`vignette id "${c.id}" is used twice`);
    seen.add(c.id);
  }
  return cases;
}

export interface VignetteRun {
  vignette: Vignette;
  disposition: Disposition;
  outcomeId: string;
  firedRules: string[];
  /** The question the journey stopped on, if it ended early. */
  stoppedAt?: string;
  /** Every question asked, in order, with the simulated patient's answer. */
  path: { question: string; answer: AnswerValue | undefined }[];
  safetyNetAsk: string[];
  verdict: 'appropriate' | 'under-triage' | 'over-triage' | 'other-route';
}

/** Free text the safety net reads: the patient's own words and any typed answers. */
function typedText(c: Vignette, state: JourneyState): string {
  const typed = Object.values(state.answers).flatMap((a) => Object.values(a ?? {}).filter((v): v is string => typeof v === 'string'));
  return [c.says, ...typed].join('\n');
}

/**
 * One vignette through the whole journey as the app composes it: the emergency screen,
 * the topic, the patient's own words read by the real safety-net words, the safety-net
 * and topic questions, stopping where the app stops.
 */
export function runVignette(c: Vignette): VignetteRun {
  let state: JourneyState = { kind: 'medical', patient: { ageYears: c.age, sex: c.sex }, freeTextChecked: false, safetyNetAsk: [], answers: {} };
  const path: VignetteRun['path'] = [];
  const asked = new Set<string>();
  const finish = (disposition: Disposition, outcomeId: string, firedRules: string[], stoppedAt?: string): VignetteRun => ({
    vignette: c,
    disposition,
    outcomeId,
    firedRules,
    ...(stoppedAt ? { stoppedAt } : {}),
    path,
    safetyNetAsk: [...state.safetyNetAsk],
    verdict: verdictFor(c, disposition),
  });

  for (;;) {
    const next = journeyQuestions(TRIAGE_JOURNEY, state).find((q) => !asked.has(`${q.questionnaireId}/${q.linkId}`));
    if (!next) {
      // Between the emergency screen and the questions: the topic page, then the describe page.
      if (state.topic === undefined) {
        state = { ...state, topic: c.topic };
        continue;
      }
      if (!state.freeTextChecked) {
        const ask = freeTextSafetyNet(typedText(c, state), 'en', SAFETY_NET_WORDS).ask;
        // "Something else": the patient takes the first topic their words point to, if any.
        const suggested = state.topic === SOMETHING_ELSE ? topicSuggestions(c.says, 'en', c.age)[0] : undefined;
        state = { ...state, safetyNetAsk: ask, freeTextChecked: true, ...(suggested ? { topic: suggested } : {}) };
        continue;
      }
      break;
    }
    const where = `${next.questionnaireId}/${next.linkId}`;
    asked.add(where);
    const item = compiledQuestionnaire(next.questionnaireId).items.get(next.linkId)!.item;
    const answer = answerFromFindings(item, QUESTIONNAIRE_FINDINGS[next.questionnaireId]?.[next.linkId], c, where);
    path.push({ question: where, answer });
    state = { ...state, answers: { ...state.answers, [next.questionnaireId]: { ...state.answers[next.questionnaireId], [next.linkId]: answer } } };
    const stop = journeyStop(TRIAGE_JOURNEY, state);
    if (stop) return finish(stop.disposition, stop.outcomeId, journeyOutcome(TRIAGE_JOURNEY, state)?.firedRules ?? [], where);
  }
  const outcome = journeyOutcome(TRIAGE_JOURNEY, state)!;
  return finish(outcome.disposition, outcome.outcomeId, outcome.firedRules);
}

/** Appropriate when a GP would accept it; under or over when less or more urgent than all they would. */
export function verdictFor(c: Vignette, disposition: Disposition): VignetteRun['verdict'] {
  if (c.accept.includes(disposition)) return 'appropriate';
  const ranks = c.accept.map(urgencyRank);
  if (urgencyRank(disposition) > Math.max(...ranks)) return 'under-triage';
  if (urgencyRank(disposition) < Math.min(...ranks)) return 'over-triage';
  return 'other-route';
}

/** An emergency reached 999, A&E, or a same-day route its source allows (it is in its range). */
export const reachedEmergencyRoute = (run: VignetteRun) =>
  run.verdict !== 'under-triage' && (run.disposition === 'call-999' || run.disposition === 'go-to-ae' || run.vignette.accept.includes(run.disposition));

export interface ClassFigures {
  cases: number;
  appropriate: number;
  underTriage: number;
  overTriage: number;
  otherRoute: number;
}

export interface VignetteFigures {
  overall: ClassFigures;
  byClass: Record<VignetteClass, ClassFigures>;
  emergenciesReachingEmergencyRoute: number;
}

function figuresOf(runs: readonly VignetteRun[]): ClassFigures {
  const count = (verdict: VignetteRun['verdict']) => runs.filter((r) => r.verdict === verdict).length;
  return { cases: runs.length, appropriate: count('appropriate'), underTriage: count('under-triage'), overTriage: count('over-triage'), otherRoute: count('other-route') };
}

export function vignetteFigures(runs: readonly VignetteRun[]): VignetteFigures {
  const byClass = Object.fromEntries(CLASSES.map((k) => [k, figuresOf(runs.filter((r) => r.vignette.class === k))])) as Record<VignetteClass, ClassFigures>;
  return {
    overall: figuresOf(runs),
    byClass,
    emergenciesReachingEmergencyRoute: runs.filter((r) => r.vignette.class === 'emergency' && reachedEmergencyRoute(r)).length,
  };
}

/** Issue 12's "Must show" thresholds, as problems (empty when met). */
export function thresholdProblems(figures: VignetteFigures): string[] {
  const problems: string[] = [];
  const { overall, byClass } = figures;
  const emergencies = byClass.emergency;
  if (figures.emergenciesReachingEmergencyRoute < emergencies.cases) {
    problems.push(`${emergencies.cases - figures.emergenciesReachingEmergencyRoute} of ${emergencies.cases} emergencies did not reach 999, A&E or a same-day route their source allows`);
  }
  if (overall.cases > 0 && overall.appropriate / overall.cases < 0.9) problems.push(`${percent(overall.appropriate, overall.cases)} appropriate overall (at least 90% needed)`);
  const minor = byClass['pharmacy-or-self-care'];
  if (minor.cases > 0 && minor.overTriage / minor.cases > 0.1) problems.push(`${percent(minor.overTriage, minor.cases)} of pharmacy and self-care cases sent above their range (at most 10%)`);
  return problems;
}

export const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);
