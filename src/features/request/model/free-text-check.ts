import { questionsForFreeText } from '../../../content/triage/safety-net/for-language';
import { currentDraft, updateDraft } from './draft-state';
import { SOMETHING_ELSE, topicSuggestions } from '../../../content/triage/topic-words';
import { topicWordsFor } from '../../../content/triage/topic-words/for-language';
import { loadQuestionnaire, SAFETY_NET_ID } from '../../../content/triage/topic-loaders';
import { triagePatient } from './draft-triage';

/** Everything the patient typed: their own words and any typed triage answers. */
function allFreeText(answers: Record<string, Readonly<Record<string, unknown>>>, description: string): string {
  const typed = Object.values(answers).flatMap((a) => Object.values(a).filter((v): v is string => typeof v === 'string'));
  return [description, ...typed].join('\n');
}

/**
 * Reads the patient's words for red flags and records the safety-net questions they
 * call for (once asked, a question stays: deleting the words does not undo the worry).
 * Returns whether any new question was added.
 */
export async function newSafetyNetQuestions(language: string): Promise<boolean> {
  const draft = currentDraft();
  if (!draft) return false;
  const ask = await questionsForFreeText(allFreeText(draft.answers, draft.description), language);
  const added = ask.filter((linkId) => !draft.safetyNetAsk.includes(linkId));
  // The questions must be on the device before the journey can ask them.
  if (ask.length > 0 || draft.safetyNetAsk.length > 0) await loadQuestionnaire(SAFETY_NET_ID);
  const suggestions =
    draft.kind === 'medical' && draft.topic === SOMETHING_ELSE && !draft.suggestedTopicChoice
      ? topicSuggestions(draft.description, language, triagePatient(draft, new Date()).ageYears, await topicWordsFor(language))
      : undefined;
  updateDraft((d) => ({
    ...d,
    safetyNetAsk: [...d.safetyNetAsk, ...added.filter((l) => !d.safetyNetAsk.includes(l))],
    freeTextChecked: true,
    ...(suggestions ? { topicSuggestions: suggestions } : {}),
  }));
  return added.length > 0;
}
