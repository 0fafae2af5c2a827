/** Worrying words in one language, and the direct questions they must lead to. */
export interface SafetyNetTerm {
  id: string;
  /** linkIds in the safety-net questionnaire to ask when any phrase matches. */
  ask: readonly string[];
  phrases: Readonly<Record<string, readonly string[]>>;
}

export interface SafetyNetWords {
  /** The questionnaire holding the direct red-flag questions. */
  questionnaireId: string;
  terms: readonly SafetyNetTerm[];
}

export interface SafetyNetMatch {
  termId: string;
  language: string;
  phrase: string;
}

export interface SafetyNetResult {
  questionnaireId: string;
  /** Every phrase found, none dropped, so staff can see why a question was asked. */
  matches: SafetyNetMatch[];
  /** linkIds of the direct questions to ask, once each, in content order. */
  ask: string[];
}

/**
 * Lower case, accents and apostrophe variants folded, punctuation to spaces:
 * "Strôc", "strôc" and "stroc" all match, and "can’t" matches "can't".
 */
export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    // Arabic keyboards type Urdu's ی ک ہ as ي ك ه: the same word either way.
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[هھ]/g, 'ہ')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * Phrases match at the start of a word and may run on ("overdos" finds "overdosed"),
 * so a match is sometimes a false alarm; a direct question costs a tap, a miss could
 * cost a life.
 */
function containsPhrase(normalisedText: string, phrase: string): boolean {
  const wanted = normaliseForMatching(phrase);
  if (wanted === '') return false;
  let from = 0;
  for (;;) {
    const at = normalisedText.indexOf(wanted, from);
    if (at < 0) return false;
    if (at === 0 || normalisedText[at - 1] === ' ') return true;
    from = at + 1;
  }
}

/**
 * Looks for crisis and red-flag words in free text, in the patient's language and in
 * English (people often mix the two), and says which direct questions to ask next.
 */
export function freeTextSafetyNet(text: string, language: string, words: SafetyNetWords): SafetyNetResult {
  const normalised = normaliseForMatching(text);
  const languages = language === 'en' ? ['en'] : [language, 'en'];
  const matches: SafetyNetMatch[] = [];
  for (const term of words.terms) {
    for (const lang of languages) {
      for (const phrase of term.phrases[lang] ?? []) {
        if (containsPhrase(normalised, phrase)) matches.push({ termId: term.id, language: lang, phrase });
      }
    }
  }
  const matchedTerms = new Set(matches.map((m) => m.termId));
  const ask: string[] = [];
  for (const term of words.terms) {
    if (!matchedTerms.has(term.id)) continue;
    for (const linkId of term.ask) if (!ask.includes(linkId)) ask.push(linkId);
  }
  return { questionnaireId: words.questionnaireId, matches, ask };
}
