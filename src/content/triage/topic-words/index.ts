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
  const offered = TOPICS.filter((t) => t.id !== SOMETHING_ELSE && (ageYears === undefined || topicOfferedAt(t.id, ageYears)));
  // On a tie, a topic made for the patient's age (the babies topic) comes before the general ones.
  const ageFirst = [...offered.filter((t) => ageYears !== undefined && 'onlyUpToAge' in t), ...offered.filter((t) => ageYears === undefined || !('onlyUpToAge' in t))];
  return suggestTopics(
    text,
    language,
    TOPIC_WORDS,
    ageFirst.map((t) => t.id),
  );
}
