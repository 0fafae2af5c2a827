import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Radios } from '../../../components/radios';
import { onlineRequestsNow } from '../../../domain/availability/opening-hours';
import type { RequestKind } from '../../../domain/request/request-types';
import { useFullToday } from '../../../platform/practice/capacity-query';
import { FormPage, JourneyGate, useJourney } from '../components/journey';
import { currentDraft } from '../model/draft-state';

/** `/:ods/request/type`: medical or admin. A kind that is closed or full now goes to signposting, never a dead end. */
export function RequestTypePage() {
  const { t } = useTranslation('request');
  const journey = useJourney('type');
  const navigate = useNavigate();
  const full = useFullToday(journey.ods, journey.now);
  return (
    <JourneyGate journey={journey}>
      <FormPage
        journey={journey}
        step="type"
        questionTitle={t('type.title')}
        onComplete={() => {
          const kind = currentDraft()!.kind!;
          // A kind that is full today goes there too, before any question, not after 15 pages.
          if (onlineRequestsNow(journey.practice!, kind, new Date(), full[kind]).state !== 'open') void navigate(journey.to(`closed/${kind}`));
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
