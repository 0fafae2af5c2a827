import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/radios';
import { FormPage, JourneyGate, useJourney } from '../components/journey';
import { useLooseT } from '../components/loose-t';
import { SOMETHING_ELSE } from '../../../content/triage/topic-words';

/**
 * `/:ods/request/suggest-topic`: after "Something else", the topics the patient's own
 * words point to, so that a patient who could not find their topic still gets its
 * questions (and its red flags). Choosing none carries on with the general questions.
 */
export function RequestSuggestTopicPage() {
  const { t } = useTranslation('request');
  const loose = useLooseT();
  const journey = useJourney('suggest-topic');
  const suggestions = journey.draft?.topicSuggestions ?? [];
  return (
    <JourneyGate journey={journey}>
      <FormPage journey={journey} step="suggest-topic" questionTitle={t('suggestTopic.title')}>
        {(draft, errorFor) => (
          <Radios
            name="topic"
            legend={t('suggestTopic.title')}
            legendAsHeading
            hint={t('suggestTopic.hint')}
            error={errorFor('topic')}
            value={draft.suggestedTopicChoice}
            onChange={(topic) => journey.update((d) => ({ ...d, topic, suggestedTopicChoice: topic }))}
            options={[
              ...suggestions.map((topic) => ({ value: topic, label: loose(`triage:topics.${topic}`) })),
              { value: SOMETHING_ELSE, label: t('suggestTopic.none') },
            ]}
          />
        )}
      </FormPage>
    </JourneyGate>
  );
}
