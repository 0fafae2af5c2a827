import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/radios';
import type { ForWho } from '../../../domain/request/request-types';
import { FormPage, JourneyGate, useJourney } from '../components/journey';

/**
 * `/:ods/request/who`: for me, my child or someone else, and whether they are under 16
 * (which emergency screen to show). No name, date of birth or contact details yet.
 */
export function RequestWhoPage() {
  const { t } = useTranslation('request');
  const journey = useJourney('who');
  return (
    <JourneyGate journey={journey}>
      <FormPage journey={journey} step="who" questionTitle={t('who.title')}>
        {(draft, errorFor) => (
          <>
            <Radios
              name="forWho"
              legend={t('who.title')}
              legendAsHeading
              error={errorFor('forWho')}
              value={draft.forWho}
              onChange={(forWho) =>
                journey.update((d) => ({ ...d, forWho: forWho as ForWho, under16: forWho === 'child' && !d.under16 ? 'yes' : d.under16 }))
              }
              options={[
                { value: 'me', label: t('who.me') },
                { value: 'child', label: t('who.child') },
                { value: 'someone-else', label: t('who.someoneElse') },
              ]}
            />
            <Radios
              name="under16"
              legend={draft.forWho === 'me' ? t('who.under16Me') : t('who.under16')}
              error={errorFor('under16')}
              value={draft.under16}
              inline
              onChange={(under16) => journey.update((d) => ({ ...d, under16: under16 as 'yes' | 'no' }))}
              options={[
                { value: 'yes', label: t('who.yes') },
                { value: 'no', label: t('who.no') },
              ]}
            />
          </>
        )}
      </FormPage>
    </JourneyGate>
  );
}
