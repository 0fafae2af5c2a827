import { describe, expect, it } from 'vitest';
import { freeTextSafetyNet } from '../../../src/domain/triage/free-text-safety-net';
import { SAFETY_NET_WORDS } from '../../../src/content/triage/safety-net-words';
import { findQuestionnaire } from '../../../src/content/triage/all';
import { LANGUAGES } from '../../../src/platform/i18n/languages';
import { questionsForFreeText, safetyNetLanguages } from '../../../src/content/triage/safety-net/for-language';

describe('free-text safety net', () => {
  it('turns English crisis words into the direct suicide questions', () => {
    const result = freeTextSafetyNet('I keep thinking I want to end my life', 'en', SAFETY_NET_WORDS);
    expect(result.questionnaireId).toBe('red-flag-check');
    expect(result.ask).toEqual(['acted-on-suicidal-thoughts', 'suicidal-thoughts-now']);
  });

  it('finds Welsh crisis words, with or without accents and in mutated forms', () => {
    expect(freeTextSafetyNet('Dw i eisiau lladd fy hun', 'cy', SAFETY_NET_WORDS).ask).toContain('suicidal-thoughts-now');
    expect(freeTextSafetyNet('Rwy wedi meddwl am ladd fy hun', 'cy', SAFETY_NET_WORDS).ask).toContain('suicidal-thoughts-now');
    expect(freeTextSafetyNet('Mae gen i boen yn y frest', 'cy', SAFETY_NET_WORDS).ask).toEqual(['chest-pain-now']);
    // Stroke words ask about signs now (999) and signs that came and went, a TIA (A&E).
    expect(freeTextSafetyNet('Dw i’n meddwl ei fod yn STROC', 'cy', SAFETY_NET_WORDS).ask).toEqual(['stroke-signs', 'stroke-signs-passed']);
  });

  it('always checks English too, because people mix languages', () => {
    expect(freeTextSafetyNet('Mae gen i chest pain ers bore', 'cy', SAFETY_NET_WORDS).ask).toEqual(['chest-pain-now']);
  });

  it('reports every match and asks each question once', () => {
    const result = freeTextSafetyNet("Took an overdose, now I can’t breathe and have chest pain. Overdosed before.", 'en', SAFETY_NET_WORDS);
    expect(result.matches.map((m) => m.termId)).toEqual(expect.arrayContaining(['suicide', 'breathing', 'chest-pain']));
    expect(result.matches.filter((m) => m.termId === 'suicide').length).toBeGreaterThanOrEqual(1);
    expect(result.ask).toEqual(['acted-on-suicidal-thoughts', 'suicidal-thoughts-now', 'chest-pain-now', 'struggling-to-breathe']);
  });

  it('matches at the start of a word, ignoring case and punctuation', () => {
    expect(freeTextSafetyNet('SUICIDAL!!!', 'en', SAFETY_NET_WORDS).ask).toContain('suicidal-thoughts-now');
    expect(freeTextSafetyNet('self-harm', 'en', SAFETY_NET_WORDS).ask).toContain('suicidal-thoughts-now');
    expect(freeTextSafetyNet('I need a fit note for work', 'en', SAFETY_NET_WORDS).ask).toEqual([]);
  });

  it('asks nothing for ordinary text', () => {
    expect(freeTextSafetyNet('I would like a repeat prescription for my inhaler', 'en', SAFETY_NET_WORDS)).toMatchObject({ matches: [], ask: [] });
    expect(freeTextSafetyNet('Hoffwn i gael presgripsiwn amlroddadwy', 'cy', SAFETY_NET_WORDS)).toMatchObject({ matches: [], ask: [] });
  });

  it('never points at a question that does not exist', () => {
    const questionnaire = findQuestionnaire(SAFETY_NET_WORDS.questionnaireId)!;
    const linkIds = new Set(questionnaire.item.map((i) => i.linkId));
    for (const term of SAFETY_NET_WORDS.terms) for (const linkId of term.ask) expect(linkIds, `${term.id} → ${linkId}`).toContain(linkId);
  });

  it('finds every listed phrase in its own language, so no phrase is silently dead', () => {
    for (const term of SAFETY_NET_WORDS.terms) {
      for (const [language, phrases] of Object.entries(term.phrases)) {
        for (const phrase of phrases) {
          expect(freeTextSafetyNet(`well, ${phrase} today`, language, SAFETY_NET_WORDS).ask, `${language}: ${phrase}`).toEqual(expect.arrayContaining([...term.ask]));
        }
      }
    }
  });

  it('has worrying words in every language the app ships, for every red flag', () => {
    for (const { code } of LANGUAGES) {
      for (const term of SAFETY_NET_WORDS.terms) expect(term.phrases[code]?.length ?? 0, `${code}: ${term.id}`).toBeGreaterThan(0);
    }
  });
});

describe('free-text safety net in right-to-left languages', () => {
  it('finds Urdu words typed on an Arabic keyboard (ي ك ه for ی ک ہ)', () => {
    const urdu = freeTextSafetyNet('مجھے سینے میں درد ہے', 'ur', SAFETY_NET_WORDS).ask;
    expect(urdu).toEqual(['chest-pain-now']);
    expect(freeTextSafetyNet('مجھے سينے ميں درد ہے', 'ur', SAFETY_NET_WORDS).ask).toEqual(urdu);
  });
});

describe('red-flag words for one language', () => {
  it('can load the words of every language the app offers', () => {
    for (const { code } of LANGUAGES) expect(safetyNetLanguages()).toContain(code);
  });

  it('finds Polish and English worrying words with only Polish loaded', async () => {
    expect(await questionsForFreeText('mam ból w klatce piersiowej', 'pl')).toEqual(['chest-pain-now']);
    expect(await questionsForFreeText('I have chest pain', 'pl')).toEqual(['chest-pain-now']);
    expect(await questionsForFreeText('Proszę o receptę', 'pl')).toEqual([]);
  });
});
