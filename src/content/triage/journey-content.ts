import type { JourneyContent } from '../../domain/triage/journey';
import { compiledQuestionnaire, emergencyScreenId, isQuestionnaireAvailable, questionnaireIdForTopic, TOPICS } from './index';
import { findOutcome } from './outcomes';

/** The real content, as the journey composition takes it (the domain never imports content). */
export const TRIAGE_JOURNEY: JourneyContent = {
  emergencyScreen: (ageYears) => compiledQuestionnaire(emergencyScreenId(ageYears)),
  topicQuestionnaire: (topic, ageYears) => {
    const entry = TOPICS.find((t) => t.id === topic);
    if (!entry) return undefined;
    const id = questionnaireIdForTopic(entry.id, ageYears);
    return isQuestionnaireAvailable(id) ? compiledQuestionnaire(id) : undefined;
  },
  get safetyNet() {
    return compiledQuestionnaire('red-flag-check');
  },
  stopsJourney: (outcomeId) => Boolean(findOutcome(outcomeId)?.stopsJourney),
};
