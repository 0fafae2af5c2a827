import type { Disposition } from './dispositions';
import { isMoreUrgent, mostUrgent, urgencyRank } from './dispositions';
import type { RuleTruth } from './reachable';
import type { TriageRule } from './types';

/** Where a patient could still be sent, from what they have answered so far. */
export interface TriageBounds {
  /** The most urgent disposition any way of answering the questions still to come could give. */
  mostUrgentReachable: Disposition;
  /** The outcome, once no answer still to come can change it; otherwise null. */
  settled: { disposition: Disposition; outcomeId: string; rule?: TriageRule } | null;
}

const outcomeOf = (rule: TriageRule) => rule.outcome ?? rule.disposition;

/**
 * Bounds for rules in journey order (questionnaire by questionnaire, each in content
 * order, as the journey breaks ties). `fallback` applies when no rule fires.
 * `laterCanReach` is what questionnaires not yet known (a topic not chosen yet) could reach.
 *
 * Settled means: a rule certainly fires, nothing more urgent can still fire, and no
 * rule of the same urgency that would win the tie with another outcome page can still
 * fire. Stopping then can never change the disposition or the page shown.
 */
export function triageBounds(rules: readonly RuleTruth[], fallback: Disposition, laterCanReach?: Disposition): TriageBounds {
  const possible = rules.filter((r) => r.truth !== false);
  const certain = rules.filter((r) => r.truth === true);
  const reachable = possible.map((r) => r.rule.disposition);
  if (certain.length === 0) reachable.push(fallback);
  if (laterCanReach) reachable.push(laterCanReach);
  const mostUrgentReachable = mostUrgent(reachable, reachable[0] ?? fallback);

  if (certain.length === 0) {
    const nothingLeft = possible.length === 0 && laterCanReach === undefined;
    return { mostUrgentReachable, settled: nothingLeft ? { disposition: fallback, outcomeId: fallback } : null };
  }
  const best = mostUrgent(
    certain.map((r) => r.rule.disposition),
    certain[0]!.rule.disposition,
  );
  const winnerAt = rules.findIndex((r) => r.truth === true && r.rule.disposition === best);
  const winner = rules[winnerAt]!.rule;
  const couldOutrank = rules.some(
    (r, at) =>
      r.truth === 'unknown' &&
      (isMoreUrgent(r.rule.disposition, best) || (r.rule.disposition === best && at < winnerAt && outcomeOf(r.rule) !== outcomeOf(winner))),
  );
  const laterOutranks = laterCanReach !== undefined && urgencyRank(laterCanReach) < urgencyRank(best);
  if (couldOutrank || laterOutranks) return { mostUrgentReachable, settled: null };
  return { mostUrgentReachable, settled: { disposition: best, outcomeId: outcomeOf(winner), rule: winner } };
}
