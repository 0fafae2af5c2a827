import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Radios } from '../../../components/radios';
import { TextInput } from '../../../components/text-input';
import { RELATIONSHIPS } from '../../../domain/request/request-types';
import { FormPage, JourneyGate, useJourney } from '../components/journey';
import { currentDraft } from '../model/draft-state';

/** `/:ods/request/relationship`: who is asking for someone else, with what right, and who gets the reply. */
export function RequestRelationshipPage() {
  const { t } = useTranslation('request');
  const journey = useJourney('relationship');
  const navigate = useNavigate();
  const child = journey.draft?.forWho === 'child';
  return (
    <JourneyGate journey={journey}>
      <FormPage
        journey={journey}
        step="relationship"
        title={t('relationship.title')}
        onComplete={() => {
          if (currentDraft()!.consent === 'no') void navigate(journey.to('cannot-ask'));
          else journey.goNext('relationship');
        }}
      >
        {(draft, errorFor) => (
          <>
            <p>{t('relationship.intro')}</p>
            {!child ? (
              <Radios
                name="relationship"
                legend={t('relationship.relationship')}
                error={errorFor('relationship')}
                value={draft.relationship}
                onChange={(relationship) => journey.update((d) => ({ ...d, relationship }))}
                options={RELATIONSHIPS.map((value) => ({
                  value,
                  label: t(`relationship.options.${value}`),
                  ...(value === 'other'
                    ? {
                        conditional: (
                          <TextInput
                            id="relationshipOther"
                            name="relationshipOther"
                            label={t('relationship.other')}
                            error={errorFor('relationshipOther')}
                            value={draft.relationshipOther ?? ''}
                            onChange={(relationshipOther) => journey.update((d) => ({ ...d, relationshipOther }))}
                          />
                        ),
                      }
                    : {}),
                }))}
              />
            ) : null}
            <Radios
              name="consent"
              legend={child ? t('relationship.consentChild') : t('relationship.consentAdult')}
              hint={child ? t('relationship.consentChildHint') : undefined}
              error={errorFor('consent')}
              value={draft.consent}
              inline
              onChange={(consent) => journey.update((d) => ({ ...d, consent: consent as 'yes' | 'no' }))}
              options={[
                { value: 'yes', label: t('who.yes') },
                { value: 'no', label: t('who.no') },
              ]}
            />
            <TextInput
              id="proxyGivenName"
              name="proxyGivenName"
              label={t('relationship.proxyGivenName')}
              autoComplete="given-name"
              spellCheck={false}
              error={errorFor('proxyGivenName')}
              value={draft.proxy.givenName}
              onChange={(givenName) => journey.update((d) => ({ ...d, proxy: { ...d.proxy, givenName } }))}
            />
            <TextInput
              id="proxyFamilyName"
              name="proxyFamilyName"
              label={t('relationship.proxyFamilyName')}
              autoComplete="family-name"
              spellCheck={false}
              error={errorFor('proxyFamilyName')}
              value={draft.proxy.familyName}
              onChange={(familyName) => journey.update((d) => ({ ...d, proxy: { ...d.proxy, familyName } }))}
            />
            <Radios
              name="replyTo"
              legend={t('relationship.replyTo')}
              error={errorFor('replyTo')}
              value={draft.replyTo}
              onChange={(replyTo) => journey.update((d) => ({ ...d, replyTo: replyTo as 'me' | 'patient' }))}
              options={[
                { value: 'me', label: t('relationship.replyToMe') },
                { value: 'patient', label: t('relationship.replyToPatient') },
              ]}
            />
          </>
        )}
      </FormPage>
    </JourneyGate>
  );
}
