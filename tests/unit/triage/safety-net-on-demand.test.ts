import { describe, expect, it, vi } from 'vitest';

/**
 * Every request page carries the emergency screens; the safety-net questions come with the
 * free-text check (or a restored draft that has some to ask), so they cost no page its budget.
 */
describe('the safety-net questions load on demand', () => {
  it('are not on the device with the emergency screens, and are once loaded', async () => {
    // A fresh registry, as the app starts (the test setup's mock backend registers every questionnaire).
    vi.resetModules();
    const { isQuestionnaireAvailable } = await import('../../../src/content/triage');
    const { loadQuestionnaire, SAFETY_NET_ID } = await import('../../../src/content/triage/topic-loaders');
    expect(isQuestionnaireAvailable('emergency-adult')).toBe(true);
    expect(isQuestionnaireAvailable(SAFETY_NET_ID)).toBe(false);
    await loadQuestionnaire(SAFETY_NET_ID);
    expect(isQuestionnaireAvailable(SAFETY_NET_ID)).toBe(true);
  });
});
