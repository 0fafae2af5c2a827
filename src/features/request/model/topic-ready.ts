import { useEffect, useState, useSyncExternalStore } from 'react';
import { isQuestionnaireAvailable, questionnaireIdForTopic } from '../../../content/triage';
import { onQuestionnairesChange } from '../../../content/triage/registry';
import { loadQuestionnaire, SAFETY_NET_ID } from '../../../content/triage/topic-loaders';
import type { RequestDraft } from '../../../domain/request/draft';
import { isTopic, triagePatient } from './draft-triage';

/** The topic questionnaire this draft needs, if any. */
export function neededQuestionnaire(draft: RequestDraft | null, now: Date): string | undefined {
  if (!draft || draft.kind !== 'medical' || !isTopic(draft.topic)) return undefined;
  return questionnaireIdForTopic(draft.topic, triagePatient(draft, now).ageYears);
}

/** Every questionnaire this draft's journey needs that is loaded on demand: its topic's, and the safety net's once it has questions to ask. */
function neededQuestionnaires(draft: RequestDraft | null, now: Date): string[] {
  const topic = neededQuestionnaire(draft, now);
  return [...(topic ? [topic] : []), ...(draft && draft.safetyNetAsk.length > 0 ? [SAFETY_NET_ID] : [])];
}

/**
 * Whether the questionnaires the journey needs are on the device. Pages wait for them
 * (JourneyGate): without them the journey cannot know its questions. The code chunks are
 * precached by the service worker, so this works offline after the first visit.
 */
export function useTopicReady(draft: RequestDraft | null, now: Date): boolean {
  const ids = neededQuestionnaires(draft, now);
  const key = ids.join(' ');
  const ready = useSyncExternalStore(onQuestionnairesChange, () => ids.every(isQuestionnaireAvailable));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (ready) return;
    // A failed load (e.g. offline before the chunk was kept) is tried again when the connection returns.
    const retry = () => setAttempt((n) => n + 1);
    Promise.all(key.split(' ').filter(Boolean).map(loadQuestionnaire)).catch(() => window.addEventListener('online', retry, { once: true }));
    return () => window.removeEventListener('online', retry);
  }, [key, ready, attempt]);
  return ready;
}
