import { useEffect, useState, useSyncExternalStore } from 'react';
import { isQuestionnaireAvailable, questionnaireIdForTopic } from '../../../content/triage';
import { onQuestionnairesChange } from '../../../content/triage/registry';
import { loadQuestionnaire } from '../../../content/triage/topic-loaders';
import type { RequestDraft } from '../../../domain/request/draft';
import { isTopic, triagePatient } from './draft-triage';

/** The topic questionnaire this draft needs, if any. */
export function neededQuestionnaire(draft: RequestDraft | null, now: Date): string | undefined {
  if (!draft || draft.kind !== 'medical' || !isTopic(draft.topic)) return undefined;
  return questionnaireIdForTopic(draft.topic, triagePatient(draft, now).ageYears);
}

/**
 * Whether the topic's questionnaire is on the device. Pages wait for it (JourneyGate):
 * without it the journey cannot know its questions. The code chunk is precached by the
 * service worker, so this works offline after the first visit.
 */
export function useTopicReady(draft: RequestDraft | null, now: Date): boolean {
  const id = neededQuestionnaire(draft, now);
  const ready = useSyncExternalStore(onQuestionnairesChange, () => (id ? isQuestionnaireAvailable(id) : true));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!id || ready) return;
    // A failed load (e.g. offline before the chunk was kept) is tried again when the connection returns.
    const retry = () => setAttempt((n) => n + 1);
    loadQuestionnaire(id).catch(() => window.addEventListener('online', retry, { once: true }));
    return () => window.removeEventListener('online', retry);
  }, [id, ready, attempt]);
  return ready;
}
