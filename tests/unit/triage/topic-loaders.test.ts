import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRES, TOPICS, topicQuestionnaireIds } from '../../../src/content/triage/all';
import { TOPIC_LOADERS } from '../../../src/content/triage/topic-loaders';

/**
 * A patient downloads only their topic's questionnaire: each topic has a loader that
 * returns exactly that questionnaire, and the app never imports them all at once.
 */
describe('topic questionnaires load one at a time', () => {
  // Every variant a topic may use, the babies' ones too (questionnaireIdForTopic picks by age).
  const topicIds = [...new Set(TOPICS.flatMap((t) => topicQuestionnaireIds(t)))];

  it('has a loader for every topic questionnaire, and for nothing else', () => {
    expect(Object.keys(TOPIC_LOADERS).sort()).toEqual(topicIds.sort());
  });

  it.each(topicIds)('the %s loader returns that questionnaire', async (id) => {
    const loaded = await TOPIC_LOADERS[id]!();
    expect(loaded).toBe(QUESTIONNAIRES.find((q) => q.id === id));
  });

  it('keeps every questionnaire list out of the app code', () => {
    const root = join(import.meta.dirname, '../../../src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const importers = files(root)
      .filter((f) => /\.(ts|tsx)$/.test(f) && !['content/triage/all.ts'].includes(relative(root, f)))
      .filter((f) => /from '[^']*(triage\/all|triage\/questionnaires|\.\/questionnaires)'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(importers).toEqual([]);
  });
});
