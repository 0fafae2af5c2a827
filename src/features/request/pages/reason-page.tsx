import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/radios';
import { REASONS } from '../../../domain/request/request-types';
import { FormPage, JourneyGate, useJourney } from '../components/journey';
import { useLooseT } from '../components/loose-t';

/** `/:ods/request/reason`: what the medical or admin request is about. */
export function RequestReasonPage() {
  const { t } = useTranslation('request');
  const loose = useLooseT();
  const journey = useJourney('reason');
  const kind = journey.draft?.kind ?? 'medical';
  const title = kind === 'medical' ? t('reason.medicalTitle') : t('reason.adminTitle');
  return (
    <JourneyGate journey={journey}>
      <FormPage journey={journey} step="reason" questionTitle={title}>
        {(draft, errorFor) => (
          <Radios
            name="reason"
            legend={title}
            legendAsHeading
            error={errorFor('reason')}
            value={draft.reason}
            onChange={(reason) => journey.update((d) => ({ ...d, reason }))}
            options={REASONS[kind].map((code) => ({ value: code, label: loose(`request:reasons.${kind}.${code}`) }))}
          />
        )}
      </FormPage>
    </JourneyGate>
  );
}
