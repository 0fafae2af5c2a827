import type { QuestionnaireItem } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { publishedQuestionnaires } from '../../server/rules/questionnaires';
import { TRIAGE_CONTENT_VERSION } from '../../src/content/triage/version';

/** A catalogue key left unresolved reads like `questionnaires.earache.items.x.text`. */
const looksLikeKey = (text: string | undefined) => text !== undefined && /^[a-zA-Z]+(\.[a-zA-Z0-9-_]+){2,}$/.test(text);

function texts(items: readonly QuestionnaireItem[] | undefined): string[] {
  return (items ?? []).flatMap((item) => [
    item.text ?? '',
    ...(item.answerOption ?? []).map((option) => option.valueCoding?.display ?? ''),
    ...texts(item.item),
  ]);
}

describe('the published Questionnaires', () => {
  it('say in English what the patient was asked, in every topic: no catalogue key is left unresolved', () => {
    const unresolved = publishedQuestionnaires(TRIAGE_CONTENT_VERSION).flatMap((q) => [q.title ?? '', ...texts(q.item)].filter(looksLikeKey).map((text) => `${q.id}: ${text}`));
    expect(unresolved).toEqual([]);
  });
});
