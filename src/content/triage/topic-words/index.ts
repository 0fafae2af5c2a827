import { suggestTopics, type TopicWords } from '../../../domain/triage/topic-suggestions';
import { TOPICS, topicOfferedAt } from '../index';
import { words as en } from './en';

/**
 * Words that suggest a topic, by language. English now; each language's own list is
 * added here when its translators write it (docs/clinical-safety/authoring.md).
 */
export const TOPIC_WORDS: TopicWords = { en };

export const SOMETHING_ELSE = 'something-else';

/**
 * The topics a patient's own words point to, offered after "Something else" (app and
 * vignette runner alike); given the patient's age, only the topics offered at that age.
 */
export function topicSuggestions(text: string, language: string, ageYears?: number): string[] {
  const offered = TOPICS.map((t) => t.id).filter((t) => t !== SOMETHING_ELSE && (ageYears === undefined || topicOfferedAt(t, ageYears)));
  return suggestTopics(text, language, TOPIC_WORDS, offered);
}
