import type { Condition, QuestionnaireItem, TriageQuestionnaire, TriageRule } from '../../src/domain/triage/types';
import type { CompiledItem } from '../../src/domain/triage/model';
import type { SafetyNetWords } from '../../src/domain/triage/free-text-safety-net';
import { DISPOSITIONS, type Disposition } from '../../src/domain/triage/dispositions';
import { findEnableWhenCycle } from '../../src/domain/triage/graph';

/**
 * The content check: everything that would make triage content unsafe or unreadable,
 * each problem naming the item, so a reviewer can find it without reading code.
 * Runs in `npm test` on the real content.
 */
export type ProblemCode =
  | 'missing-version'
  | 'duplicate-questionnaire'
  | 'duplicate-link-id'
  | 'broken-enable-when'
  | 'enable-when-cycle'
  | 'missing-options'
  | 'duplicate-rule'
  | 'rule-unknown-item'
  | 'rule-unknown-option'
  | 'missing-source'
  | 'missing-hazard'
  | 'pharmacy-without-condition'
  | 'unknown-outcome'
  | 'missing-outcome'
  | 'broken-safety-net'
  | 'missing-translation';

export interface ContentProblem {
  code: ProblemCode;
  /** Where: "questionnaire/linkId", "questionnaire/rule id", "outcome id", ... */
  item: string;
  message: string;
}

export interface OutcomeContent {
  id: string;
  disposition: Disposition;
  source?: string;
  title: string;
  doNow: string;
  ifWorse: string;
  channels: readonly { id: string; label: string; detail: string }[];
}

export interface TriageContent {
  contentVersion: string;
  questionnaires: readonly TriageQuestionnaire[];
  outcomes: readonly OutcomeContent[];
  allowedSources: readonly string[];
  hazardIds: readonly string[];
  safetyNet: SafetyNetWords;
  /** Other keys the triage pages use (topics, pharmacy names, validation, page text). */
  extraKeys: readonly string[];
  /** Keys used with a `count`, which need each language's plural forms instead. */
  pluralKeys: readonly string[];
}

/** A translation catalogue: nested objects whose leaves are strings. */
export type Catalogue = Readonly<Record<string, unknown>>;

interface KeyUse {
  key: string;
  item: string;
}

function flattenItems(items: readonly QuestionnaireItem[], parent: string | undefined, out: { item: QuestionnaireItem; parent?: string }[]) {
  for (const item of items) {
    out.push(parent === undefined ? { item } : { item, parent });
    flattenItems(item.item ?? [], item.linkId, out);
  }
}

function answerTests(condition: Condition): Extract<Condition, { kind: 'answer' }>[] {
  if ('all' in condition) return condition.all.flatMap(answerTests);
  if ('any' in condition) return condition.any.flatMap(answerTests);
  if ('not' in condition) return answerTests(condition.not);
  if ('kind' in condition) return [condition];
  return [];
}

function checkQuestionnaire(q: TriageQuestionnaire, problems: ContentProblem[], keys: KeyUse[]) {
  const flat: { item: QuestionnaireItem; parent?: string }[] = [];
  flattenItems(q.item, undefined, flat);
  const items = new Map<string, CompiledItem>();
  keys.push({ key: q.title, item: `${q.id} (title)` });

  for (const { item, parent } of flat) {
    const where = `${q.id}/${item.linkId}`;
    if (items.has(item.linkId)) {
      problems.push({ code: 'duplicate-link-id', item: where, message: `linkId "${item.linkId}" is used more than once` });
      continue;
    }
    const optionCodes = new Set((item.answerOption ?? []).map((o) => o.valueCoding.code));
    items.set(item.linkId, parent === undefined ? { item, optionCodes } : { item, parent, optionCodes });
    keys.push({ key: item.text, item: where });
    if (item.hint) keys.push({ key: item.hint, item: `${where} (hint)` });
    for (const option of item.answerOption ?? []) keys.push({ key: option.valueCoding.display, item: `${where} option ${option.valueCoding.code}` });
    if (item.type === 'choice' && optionCodes.size === 0) {
      problems.push({ code: 'missing-options', item: where, message: 'a choice question has no answer options' });
    }
  }

  for (const [linkId, { item }] of items) {
    for (const condition of item.enableWhen ?? []) {
      const target = items.get(condition.question);
      const where = `${q.id}/${linkId}`;
      if (!target) {
        problems.push({ code: 'broken-enable-when', item: where, message: `enableWhen refers to unknown item "${condition.question}"` });
      } else if (condition.answerCoding && !target.optionCodes.has(condition.answerCoding.code)) {
        problems.push({
          code: 'broken-enable-when',
          item: where,
          message: `enableWhen expects option "${condition.answerCoding.code}", which "${condition.question}" does not have`,
        });
      }
    }
  }

  const cycle = findEnableWhenCycle(items);
  if (cycle) problems.push({ code: 'enable-when-cycle', item: `${q.id}/${cycle[0]}`, message: `enableWhen cycle: ${cycle.join(' → ')}` });

  return items;
}

function checkRule(q: TriageQuestionnaire, rule: TriageRule, items: Map<string, CompiledItem>, content: TriageContent, problems: ContentProblem[]) {
  const where = `${q.id}/${rule.id}`;
  for (const test of answerTests(rule.when)) {
    const target = items.get(test.question);
    if (!target) {
      problems.push({ code: 'rule-unknown-item', item: where, message: `rule reads unknown item "${test.question}"` });
    } else if (test.answerCoding && !target.optionCodes.has(test.answerCoding.code)) {
      problems.push({ code: 'rule-unknown-option', item: where, message: `rule expects option "${test.answerCoding.code}", which "${test.question}" does not have` });
    }
  }
  if (!rule.source || !content.allowedSources.includes(rule.source)) {
    problems.push({ code: 'missing-source', item: where, message: `rule has no NHS.UK source from CLINICAL-SOURCES.md (got "${rule.source ?? ''}")` });
  }
  if (!rule.hazard || !content.hazardIds.includes(rule.hazard)) {
    problems.push({ code: 'missing-hazard', item: where, message: `rule names no known hazard (got "${rule.hazard ?? ''}")` });
  }
  if (rule.disposition === 'pharmacy' && !rule.pharmacyCondition) {
    problems.push({ code: 'pharmacy-without-condition', item: where, message: 'a pharmacy rule must name its Pharmacy First condition' });
  }
  if (rule.outcome !== undefined) {
    const outcome = content.outcomes.find((o) => o.id === rule.outcome);
    if (!outcome || outcome.disposition !== rule.disposition) {
      problems.push({ code: 'unknown-outcome', item: where, message: `outcome "${rule.outcome}" does not exist for disposition ${rule.disposition}` });
    }
  }
}

function lookup(catalogue: Catalogue, key: string): unknown {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

function checkTranslations(keys: readonly KeyUse[], content: TriageContent, catalogues: Readonly<Record<string, Catalogue>>, problems: ContentProblem[]) {
  for (const [language, catalogue] of Object.entries(catalogues)) {
    const pluralForms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const seen = new Set<string>();
    for (const { key, item } of keys) {
      if (seen.has(`${key}|${item}`)) continue;
      seen.add(`${key}|${item}`);
      if (content.pluralKeys.includes(key)) {
        const missing = pluralForms.filter((form) => !hasText(lookup(catalogue, `${key}_${form}`)));
        if (missing.length > 0) {
          problems.push({ code: 'missing-translation', item, message: `"${key}" lacks plural forms ${missing.join(', ')} in ${language}` });
        }
      } else if (!hasText(lookup(catalogue, key))) {
        problems.push({ code: 'missing-translation', item, message: `"${key}" is missing in ${language}` });
      }
    }
  }
}

export function checkContent(content: TriageContent, catalogues: Readonly<Record<string, Catalogue>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const keys: KeyUse[] = [];
  if (!content.contentVersion.trim()) problems.push({ code: 'missing-version', item: 'content', message: 'content has no version' });

  const seenQuestionnaires = new Set<string>();
  const seenRules = new Map<string, string>();
  const itemsByQuestionnaire = new Map<string, Map<string, CompiledItem>>();
  for (const q of content.questionnaires) {
    if (seenQuestionnaires.has(q.id)) problems.push({ code: 'duplicate-questionnaire', item: q.id, message: 'questionnaire id is used twice' });
    seenQuestionnaires.add(q.id);
    const items = checkQuestionnaire(q, problems, keys);
    itemsByQuestionnaire.set(q.id, items);
    for (const rule of q.rules) {
      const earlier = seenRules.get(rule.id);
      if (earlier) problems.push({ code: 'duplicate-rule', item: `${q.id}/${rule.id}`, message: `rule id also used in ${earlier}` });
      seenRules.set(rule.id, q.id);
      checkRule(q, rule, items, content, problems);
    }
  }

  for (const disposition of DISPOSITIONS) {
    if (!content.outcomes.some((o) => o.id === disposition && o.disposition === disposition)) {
      problems.push({ code: 'missing-outcome', item: disposition, message: `no outcome page for disposition ${disposition}` });
    }
  }
  for (const outcome of content.outcomes) {
    if (!outcome.source || !content.allowedSources.includes(outcome.source)) {
      problems.push({ code: 'missing-source', item: `outcome ${outcome.id}`, message: 'outcome has no NHS.UK source from CLINICAL-SOURCES.md' });
    }
    for (const part of ['title', 'doNow', 'ifWorse'] as const) keys.push({ key: outcome[part], item: `outcome ${outcome.id} (${part})` });
    for (const channel of outcome.channels) {
      keys.push({ key: channel.label, item: `channel ${channel.id}` }, { key: channel.detail, item: `channel ${channel.id}` });
    }
  }

  const netItems = itemsByQuestionnaire.get(content.safetyNet.questionnaireId);
  for (const term of content.safetyNet.terms) {
    for (const linkId of term.ask) {
      if (!netItems?.has(linkId)) {
        problems.push({ code: 'broken-safety-net', item: `safety net ${term.id}`, message: `asks unknown question "${content.safetyNet.questionnaireId}/${linkId}"` });
      }
    }
    for (const language of Object.keys(catalogues)) {
      if ((term.phrases[language] ?? []).length === 0) {
        problems.push({ code: 'broken-safety-net', item: `safety net ${term.id}`, message: `has no words in ${language}` });
      }
    }
  }

  for (const key of [...content.extraKeys, ...content.pluralKeys]) keys.push({ key, item: `page text ${key}` });
  checkTranslations(keys, content, catalogues, problems);
  return problems;
}
