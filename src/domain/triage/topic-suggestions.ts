import { normaliseForMatching } from './free-text-safety-net';

/**
 * Words that suggest a topic, per language. A phrase matches whole words ("ear" does not
 * match "early"); a phrase ending in `*` matches the start of a word ("wheez*" finds
 * "wheezing").
 */
export type TopicWords = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** Words that, just before a phrase, say the patient does not have it ("no temperature"). */
const NEGATIONS = ['no', 'not', 'without', 'never'];

/**
 * Only topic suggestions skip a denied phrase: the free-text safety net never does, since
 * a needless red-flag question costs a tap and a missed one could cost a life.
 */
function found(normalisedText: string, phrase: string): boolean {
  const prefix = phrase.endsWith('*');
  const wanted = normaliseForMatching(prefix ? phrase.slice(0, -1) : phrase);
  if (wanted === '') return false;
  const padded = ` ${normalisedText} `;
  const needle = prefix ? ` ${wanted}` : ` ${wanted} `;
  for (let at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + 1)) {
    const before = padded.slice(0, at).trimEnd().split(' ').pop() ?? '';
    if (!NEGATIONS.includes(before)) return true;
  }
  return false;
}

/**
 * The topics a patient's own words point to, best match first (most phrases found; ties
 * in the order `topics` lists them), in their language and English. "Something else"
 * offers these, so that a patient who could not find their topic still gets its questions.
 * `words` maps language → topic id → phrases.
 */
export function suggestTopics(text: string, language: string, words: TopicWords, topics: readonly string[]): string[] {
  const normalised = normaliseForMatching(text);
  const languages = language === 'en' ? ['en'] : [language, 'en'];
  const scored = topics.map((topic, order) => {
    const phrases = languages.flatMap((l) => words[l]?.[topic] ?? []);
    return { topic, order, hits: phrases.filter((p) => found(normalised, p)).length };
  });
  return scored
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .map((s) => s.topic);
}
