import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../../components/checkboxes';
import { TextInput } from '../../../components/text-input';
import { savedCommunicationNeeds, saveCommunicationNeeds } from '../../../platform/device/communication-needs';
import { COMMUNICATION_NEEDS } from '../../../domain/request/request-types';
import { FormPage, JourneyGate, useJourney, type Journey } from '../components/journey';
import { currentDraft, updateDraft } from '../model/draft-state';

/**
 * `/:ods/request/needs`: interpreter and language, BSL, relay, easy read, large print.
 * Asked once: a new request starts with what was chosen last time on this device, and
 * the answer is kept for next time (not on a shared device).
 */
export function RequestNeedsPage() {
  const journey = useJourney('needs');
  return (
    <JourneyGate journey={journey}>
      <NeedsForm journey={journey} />
    </JourneyGate>
  );
}

function NeedsForm({ journey }: { journey: Journey }) {
  const { t } = useTranslation('request');
  // Nothing ticked yet in this request: start from what was saved on this device.
  const [prefill] = useState(() => (currentDraft()?.needs.needs.length === 0 ? savedCommunicationNeeds() : null));

  useEffect(() => {
    if (!prefill) return;
    updateDraft((d) => (d.needs.needs.length > 0 ? d : { ...d, needs: { needs: [...prefill.needs], language: prefill.language } }));
  }, [prefill]);

  function complete() {
    const draft = currentDraft();
    if (draft) saveCommunicationNeeds(draft.needs);
    journey.goNext('needs');
  }

  return (
    <FormPage journey={journey} step="needs" questionTitle={t('needs.title')} onComplete={complete}>
      {(draft, errorFor) => (
        <>
          <Checkboxes
            name="needs"
            legend={t('needs.title')}
            legendAsHeading
            hint={prefill ? `${t('needs.hint')} ${t('needs.prefilled')}` : t('needs.hint')}
            error={errorFor('needs')}
            values={draft.needs.needs}
            onChange={(needs) => journey.update((d) => ({ ...d, needs: { ...d.needs, needs } }))}
            options={COMMUNICATION_NEEDS.map((value) => ({ value, label: t(`needs.need.${value}`), ...(value === 'none' ? { exclusive: true } : {}) }))}
          />
          {draft.needs.needs.includes('interpreter') ? (
            <TextInput
              id="language"
              name="language"
              label={t('needs.language')}
              width="20"
              error={errorFor('language')}
              value={draft.needs.language}
              onChange={(language) => journey.update((d) => ({ ...d, needs: { ...d.needs, language } }))}
            />
          ) : null}
        </>
      )}
    </FormPage>
  );
}
