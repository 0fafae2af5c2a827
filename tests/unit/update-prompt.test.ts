import { describe, expect, it } from 'vitest';
import { nextUpdateState } from '../../src/platform/pwa/update';
import { hasUnsavedAnswers, holdUnsavedAnswers } from '../../src/platform/pwa/unsaved-answers';

describe('app update prompt', () => {
  it('never applies an update while a page holds unsent answers', () => {
    expect(nextUpdateState({ available: true, accepted: true, unsavedAnswers: true })).toBe('waiting-for-answers');
  });

  it('applies an update only once the patient said yes and nothing is unsaved', () => {
    expect(nextUpdateState({ available: false, accepted: true, unsavedAnswers: false })).toBe('none');
    expect(nextUpdateState({ available: true, accepted: false, unsavedAnswers: false })).toBe('ready');
    expect(nextUpdateState({ available: true, accepted: true, unsavedAnswers: false })).toBe('applying');
  });

  it('counts each page holding answers separately', () => {
    const releaseA = holdUnsavedAnswers();
    const releaseB = holdUnsavedAnswers();
    releaseA();
    expect(hasUnsavedAnswers()).toBe(true);
    releaseB();
    expect(hasUnsavedAnswers()).toBe(false);
  });
});
