import type { QuestionnaireItem, TriageQuestionnaire } from './types';
import type { CompiledItem, CompiledQuestionnaire } from './model';
import { prerequisites } from './model';
import { findEnableWhenCycle } from './graph';

export class ContentError extends Error {
  // Set in the constructor: a class field would bring a defineProperty helper into every request page's bytes.
  constructor(message?: string) {
    super(message);
    this.name = 'ContentError';
  }
}

function flatten(items: readonly QuestionnaireItem[], parent: string | undefined, into: Map<string, CompiledItem>) {
  for (const item of items) {
    if (into.has(item.linkId)) throw new ContentError(`Duplicate linkId "${item.linkId}"`);
    const optionCodes = new Set((item.answerOption ?? []).map((o) => o.valueCoding.code));
    into.set(item.linkId, parent === undefined ? { item, optionCodes } : { item, parent, optionCodes });
    flatten(item.item ?? [], item.linkId, into);
  }
}

function topologicalOrder(items: ReadonlyMap<string, CompiledItem>): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (linkId: string) => {
    if (done.has(linkId)) return;
    done.add(linkId);
    const compiled = items.get(linkId);
    if (compiled) for (const need of prerequisites(compiled)) visit(need);
    order.push(linkId);
  };
  for (const linkId of items.keys()) visit(linkId);
  return order;
}

/**
 * Compile a questionnaire into a flat model. Throws ContentError on content that the
 * engine cannot evaluate safely (duplicate linkId, broken reference, cycle); the
 * content check names these in detail before they ever reach a patient.
 */
export function compileQuestionnaire(questionnaire: TriageQuestionnaire, contentVersion = 'unversioned'): CompiledQuestionnaire {
  const items = new Map<string, CompiledItem>();
  flatten(questionnaire.item, undefined, items);

  const dependents = new Map<string, string[]>();
  for (const [linkId, compiled] of items) {
    for (const condition of compiled.item.enableWhen ?? []) {
      if (!items.has(condition.question)) {
        throw new ContentError(`Item "${linkId}" has enableWhen on unknown item "${condition.question}"`);
      }
      const list = dependents.get(condition.question) ?? [];
      if (!list.includes(linkId)) list.push(linkId);
      dependents.set(condition.question, list);
    }
  }
  const cycle = findEnableWhenCycle(items);
  if (cycle) throw new ContentError(`enableWhen cycle: ${cycle.join(' → ')}`);

  return {
    id: questionnaire.id,
    contentVersion,
    items,
    evaluationOrder: topologicalOrder(items),
    dependents,
    rules: questionnaire.rules,
    defaultDisposition: questionnaire.defaultDisposition,
    source: questionnaire,
  };
}

/** Every item that could change, directly or not, when `linkId`'s answer changes. */
export function affectedBy(model: CompiledQuestionnaire, linkId: string): string[] {
  const seen = new Set<string>();
  const queue = [linkId];
  while (queue.length > 0) {
    const next = queue.shift()!;
    for (const dependent of model.dependents.get(next) ?? []) {
      if (!seen.has(dependent)) {
        seen.add(dependent);
        queue.push(dependent);
      }
    }
  }
  return [...seen];
}
