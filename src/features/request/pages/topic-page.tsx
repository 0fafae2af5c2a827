import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/radios';
import { TOPICS, topicOfferedAt } from '../../../content/triage';
import { triagePatient } from '../model/draft-triage';
import { FormPage, JourneyGate, useJourney } from '../components/journey';
import { useLooseT } from '../components/loose-t';

/** `/:ods/request/topic`: which questionnaire fits the problem (the babies topic is offered only for a baby). */
export function RequestTopicPage() {
  const { t } = useTranslation('request');
  const loose = useLooseT();
  const journey = useJourney('topic');
  return (
    <JourneyGate journey={journey}>
      <FormPage journey={journey} step="topic" questionTitle={t('topic.title')}>
        {(draft, errorFor) => (
          <Radios
            name="topic"
            legend={t('topic.title')}
            legendAsHeading
            hint={t('topic.hint')}
            error={errorFor('topic')}
            value={draft.topic}
            onChange={(topic) => journey.update(({ topicSuggestions: _s, suggestedTopicChoice: _c, ...d }) => ({ ...d, topic }))}
            options={TOPICS.filter((topic) => topicOfferedAt(topic.id, triagePatient(draft, new Date()).ageYears)).map((topic) => ({ value: topic.id, label: loose(`triage:topics.${topic.id}`) }))}
          />
        )}
      </FormPage>
    </JourneyGate>
  );
}
