import type { JourneyContent } from '../../domain/triage/journey';
import { compiledQuestionnaire, emergencyScreenId, questionnaireIdForTopic, TOPICS } from './index';
import { findOutcome } from './outcomes';

/** The real content, as the journey composition takes it (the domain never imports content). */
export const TRIAGE_JOURNEY: JourneyContent = {
  emergencyScreen: (ageYears) => compiledQuestionnaire(emergencyScreenId(ageYears)),
  topicQuestionnaire: (topic, ageYears) => (TOPICS.some((t) => t.id === topic) ? compiledQuestionnaire(questionnaireIdForTopic(topic as (typeof TOPICS)[number]['id'], ageYears)) : undefined),
  get safetyNet() {
    return compiledQuestionnaire('red-flag-check');
  },
  stopsJourney: (outcomeId) => Boolean(findOutcome(outcomeId)?.stopsJourney),
};
