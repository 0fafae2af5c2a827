import type { CompiledQuestionnaire } from './model';
import type { TriageInput, TriageResult } from './types';
import { triage } from './triage';

/**
 * Whether the journey ends after this answer, and on which result. `stopsJourney` says
 * which outcome pages end a journey (999, A&E, 111, crisis help); content owns that list.
 */
export function stoppingResult(model: CompiledQuestionnaire, input: TriageInput, stopsJourney: (outcomeId: string) => boolean): TriageResult | null {
  const result = triage(model, input);
  return stopsJourney(result.outcomeId) ? result : null;
}
