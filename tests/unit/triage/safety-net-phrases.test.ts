import { describe, expect, it } from 'vitest';
import { SAFETY_NET_WORDS } from '../../../src/content/triage/safety-net-words';
import { topicSuggestions } from '../../../src/content/triage/topic-words';
import { freeTextSafetyNet } from '../../../src/domain/triage/free-text-safety-net';

const asks = (text: string, language = 'en') => freeTextSafetyNet(text, language, SAFETY_NET_WORDS).ask;

/**
 * Patients do not write as the NHS pages do: apostrophes go missing, words are misspelt
 * and red flags come in their own words. Each line is written as a patient would type it,
 * with the direct question the safety net must ask.
 */
describe('the free-text safety net reads words as patients write them', () => {
  it.each([
    ['cant breath properly', 'struggling-to-breathe'],
    ['i cant catch her breath', 'struggling-to-breathe'],
    ['he can only say one or two words', 'struggling-to-breathe'],
    ['my tongue is swelling up', 'swelling-lips-throat'],
    ['lips and tongue are swelling really fast', 'swelling-lips-throat'],
    ['stung by a wasp and my throat feels tight', 'swelling-lips-throat'],
    ['my son is floppy and wont wake properly', 'floppy-or-not-responding'],
    ['shes not really responding to me', 'floppy-or-not-responding'],
    ['hes drooling and cant swallow', 'cannot-swallow-saliva'],
    ['im numb between my legs and back is agony', 'cauda-equina-signs'],
    ['pooed myself without feeling it', 'cauda-equina-signs'],
    ['ive taken 12 paracetemol by mistake', 'paracetamol-overdose'],
    ['my toddler drank the calpol', 'paracetamol-overdose'],
    ['worst headache of my life, came on in seconds', 'sudden-worst-headache'],
    ['temp and a stiff neck', 'fever-stiff-neck'],
    ['his knees look mottled', 'skin-blue-grey-blotchy'],
    ['purple spots that dont fade when i press a glass', 'rash-not-fading'],
    ['his face has gone droopy on one side', 'stroke-signs'],
    ['talking gibberish all of a sudden', 'stroke-signs'],
    ['heavy weight on his chest going to his back', 'chest-pain-now'],
    ['blood is pouring out of the cut', 'heavy-bleeding'],
    ['bleeding really heavily at 10 weeks', 'heavy-bleeding'],
    ['shes shaking all over and her eyes are rolling', 'seizure-or-unconscious'],
    ['i dont want to be here anymore', 'suicidal-thoughts-now'],
    ['took them on purpose', 'acted-on-suicidal-thoughts'],
  ])('"%s" asks %s', (text, question) => {
    expect(asks(text)).toContain(question);
  });

  it('finds the new red flags in other languages too', () => {
    expect(asks('nie może przełknąć śliny', 'pl')).toContain('cannot-swallow-saliva');
    expect(asks('tiene el cuello rígido y fiebre', 'es')).toContain('fever-stiff-neck');
    expect(asks('Mae o’n llipa iawn', 'cy')).toContain('floppy-or-not-responding');
  });

  it('still asks nothing for ordinary requests', () => {
    expect(asks('Please can I have my repeat prescription for ramipril')).toEqual([]);
    expect(asks('I need a sick note for work after my operation')).toEqual([]);
  });
});

describe('topics offered after "Something else"', () => {
  it('skip a word the patient says they do not have', () => {
    expect(topicSuggestions('my mum is more muddled, no temperature that i know of', 'en', 88)).not.toContain('fever');
    expect(topicSuggestions('she has a temperature and is muddled', 'en', 88)).toContain('fever');
  });
});
