import type { QuestionnaireItem, TriageQuestionnaire, TriageRule } from './types';

export interface CompiledItem {
  item: QuestionnaireItem;
  /** The enclosing group, if any: a child is enabled only when its group is. */
  parent?: string;
  /** Option codes, for quick checks. */
  optionCodes: ReadonlySet<string>;
}

/** A questionnaire flattened once, so every later call is a lookup, not a tree walk. */
export interface CompiledQuestionnaire {
  id: string;
  contentVersion: string;
  items: ReadonlyMap<string, CompiledItem>;
  /** linkIds in an order where every item comes after the items it depends on. */
  evaluationOrder: readonly string[];
  /** For each linkId, the items whose enableWhen refers to it (the reverse index). */
  dependents: ReadonlyMap<string, readonly string[]>;
  rules: readonly TriageRule[];
  defaultDisposition: TriageQuestionnaire['defaultDisposition'];
  source: TriageQuestionnaire;
}

/** Items an item needs before it can be evaluated: its enableWhen questions and its group. */
export function prerequisites(compiled: CompiledItem): string[] {
  const needs = (compiled.item.enableWhen ?? []).map((e) => e.question);
  if (compiled.parent !== undefined) needs.push(compiled.parent);
  return needs;
}

