import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Radios } from '../../../components/radios';
import { onlineRequestsOpenNow } from '../../../domain/availability/opening-hours';
import type { RequestKind } from '../../../domain/request/request-types';
import { FormPage, JourneyGate, useJourney } from '../components/journey';
import { currentDraft } from '../model/draft-state';

/** `/:ods/request/type`: medical or admin. A kind that is closed now goes to signposting, never a dead end. */
export function RequestTypePage() {
  const { t } = useTranslation('request');
  const journey = useJourney('type');
  const navigate = useNavigate();
  return (
    <JourneyGate journey={journey}>
      <FormPage
        journey={journey}
        step="type"
        questionTitle={t('type.title')}
        onComplete={() => {
          const kind = currentDraft()!.kind!;
          if (onlineRequestsOpenNow(journey.practice!, kind, new Date()).state !== 'open') void navigate(journey.to(`closed/${kind}`));
          else journey.goNext('type');
        }}
      >
        {(draft, errorFor) => (
          <Radios
            name="kind"
            legend={t('type.title')}
            legendAsHeading
            error={errorFor('kind')}
            value={draft.kind}
            onChange={(kind) =>
              journey.update((d) => ({ ...d, kind: kind as RequestKind, reason: d.kind === kind ? d.reason : undefined }))
            }
            options={[
              { value: 'medical', label: t('type.medical'), hint: t('type.medicalHint') },
              { value: 'admin', label: t('type.admin'), hint: t('type.adminHint') },
            ]}
          />
        )}
      </FormPage>
    </JourneyGate>
  );
}
