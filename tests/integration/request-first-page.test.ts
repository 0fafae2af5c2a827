// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { preloadRequestPage } from '../../src/features/request/request-routes';
import { currentDraft, forgetDraft } from '../../src/features/request/model/draft-state';
import { saveDraft } from '../../src/platform/device/drafts';
import { RequestEasyReadStartPage } from '../../src/features/request/pages/easy-read-start-page';
import { RequestQuestionPage } from '../../src/features/request/pages/question-page';
import { RequestStartPage } from '../../src/features/request/pages/start-page';
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

  it('has the code of the page at its address, whichever page of the journey it is', async () => {
    expect((await preloadRequestPage('/Y99001/request'))[0]).toBe(RequestStartPage);
    expect((await preloadRequestPage('/Y99001/request/easy-read'))[0]).toBe(RequestEasyReadStartPage);
    expect((await preloadRequestPage('/Y99001/request/questions/chest-pain/where'))[0]).toBe(RequestQuestionPage);
  });

  it('reads nothing for an address that is no practice’s', async () => {
    forgetDraft();
    await preloadRequestPage('/not-a-code/request');
    expect(currentDraft()).toBeNull();
  });
});
