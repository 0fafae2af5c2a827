import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../../components/checkboxes';
import { TextInput } from '../../../components/text-input';
import { COMMUNICATION_NEEDS } from '../../../lib/request/request-types';
import { FormPage, JourneyGate, useJourney } from '../components/journey';

/** `/:ods/request/needs`: interpreter and language, BSL, relay, easy read, large print. */
export function RequestNeedsPage() {
  const { t } = useTranslation('request');
  const journey = useJourney('needs');
  return (
    <JourneyGate journey={journey}>
      <FormPage journey={journey} step="needs" questionTitle={t('needs.title')}>
        {(draft, errorFor) => (
          <>
            <Checkboxes
              name="needs"
              legend={t('needs.title')}
              legendAsHeading
              hint={t('needs.hint')}
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
    </JourneyGate>
  );
}
