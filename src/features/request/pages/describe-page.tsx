import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Textarea } from '../../../components/textarea';
import { LIMITS } from '../../../domain/request/request-types';
import { FormPage, JourneyGate, useJourney } from '../components/journey';
import { useLooseT } from '../components/loose-t';
import { loadFreeTextCheck } from '../model/load-free-text-check';

/**
 * `/:ods/request/describe`: free text in the patient's own words. Worrying words in it
 * (in their language or English) lead to direct red-flag questions next, never ignored.
 * For a medical request it comes before the topic questions, so that once they start
 * every triage question still to come is known.
 */
export function RequestDescribePage() {
  const { i18n } = useTranslation();
  const t = useLooseT();
  const journey = useJourney('describe');
  useEffect(() => void loadFreeTextCheck().catch(() => undefined), []);
  const draft = journey.draft;
  const medical = draft?.kind === 'medical';
  const title = medical ? t('request:describe.titleMedical') : t('request:describe.titleAdmin');
  const hint = medical ? t('request:describe.hintMedical') : t(`request:describe.hintAdmin.${draft?.reason ?? 'something-else'}`);

  async function afterDescribe() {
    await (await loadFreeTextCheck()).newSafetyNetQuestions(i18n.language);
    journey.goNext('describe');
  }

  return (
    <JourneyGate journey={journey}>
      <FormPage journey={journey} step="describe" questionTitle={title} onComplete={() => void afterDescribe()}>
        {(d, errorFor) => (
          <Textarea
            id="description"
            name="description"
            label={title}
            labelAsHeading
            hint={hint}
            error={errorFor('description')}
            maxLength={LIMITS.description}
            rows={8}
            value={d.description}
            onChange={(description) => journey.update((x) => ({ ...x, description }))}
          />
        )}
      </FormPage>
    </JourneyGate>
  );
}
