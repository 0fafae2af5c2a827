import { expect, it, vi } from 'vitest';

it('asks every red-flag question when the patient’s language’s words cannot be loaded', async () => {
  vi.doMock('../../../src/content/triage/safety-net/pl', () => {
    throw new Error('offline: this file was never downloaded');
  });
  const { questionsForFreeText } = await import('../../../src/content/triage/safety-net/for-language');
  const ask = await questionsForFreeText('Proszę o receptę', 'pl');
  expect(ask).toEqual(expect.arrayContaining(['suicidal-thoughts-now', 'chest-pain-now', 'struggling-to-breathe', 'stroke-signs', 'heavy-bleeding']));
});
