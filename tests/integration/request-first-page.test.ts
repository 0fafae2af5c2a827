// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { preloadRequestPage } from '../../src/features/request/request-routes';
import { currentDraft, forgetDraft } from '../../src/features/request/model/draft-state';
import { saveDraft } from '../../src/platform/device/drafts';
import { emptyDraft } from '../../src/domain/request/draft';

describe('the first request page of a visit', () => {
  it('has the saved draft read by the time its code is here, so it draws once, with the patient’s answers, not a loading page first', async () => {
    const saved = { ...emptyDraft('5d1f0a52-3c1e-4a8e-9a51-0c2b7d9e4f10', 'Y99001', new Date()), kind: 'admin' as const, reason: 'fit-note' };
    await saveDraft(saved);
    forgetDraft();
    expect(currentDraft()).toBeNull();

    await preloadRequestPage('/Y99001/request/details');

    expect(currentDraft()?.id).toBe(saved.id);
    expect(currentDraft()?.reason).toBe('fit-note');
  });

  it('reads nothing for an address that is no practice’s', async () => {
    forgetDraft();
    await preloadRequestPage('/not-a-code/request');
    expect(currentDraft()).toBeNull();
  });
});
