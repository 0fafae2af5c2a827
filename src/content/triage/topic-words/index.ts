import { suggestTopics, type TopicWords } from '../../../domain/triage/topic-suggestions';
import { TOPICS, topicOfferedAt } from '../index';
import { words as en } from './en';

/**
 * English words that suggest a topic, always checked. Each language's own words are loaded
 * with it (for-language.ts) and passed in; tests and scripts pass every language at once
 * (every-language.ts).
 */
export const TOPIC_WORDS: TopicWords = { en };

export const SOMETHING_ELSE = 'something-else';

/**
 * The topics a patient's own words point to, offered after "Something else" (app and
 * vignette runner alike); given the patient's age, only the topics offered at that age.
 * `words` holds English and, for another language, that language's words too.
 */
export function topicSuggestions(text: string, language: string, ageYears?: number, words: TopicWords = TOPIC_WORDS): string[] {
  const offered = TOPICS.filter((t) => t.id !== SOMETHING_ELSE && (ageYears === undefined || topicOfferedAt(t.id, ageYears)));
  // On a tie, a topic made for the patient's age (the babies topic) comes before the general ones.
  const ageFirst = [...offered.filter((t) => ageYears !== undefined && 'onlyUpToAge' in t), ...offered.filter((t) => ageYears === undefined || !('onlyUpToAge' in t))];
  return suggestTopics(
    text,
    language,
    words,
    ageFirst.map((t) => t.id),
  );
}
