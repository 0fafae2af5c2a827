import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/date-input';
import { Radios } from '../../../components/radios';
import { TextInput } from '../../../components/text-input';
import { dateOfBirthError } from '../../../domain/request/validate-draft';
import { formatNhsNumber } from '../../../domain/request/nhs-number';
import { normalisePostcode } from '../../../domain/request/postcode';
import { FormPage, JourneyGate, useJourney } from '../components/journey';

/** `/:ods/request/details`: name, date of birth, sex (medical), NHS number (optional), postcode. */
export function RequestDetailsPage() {
  const { t } = useTranslation('request');
  const journey = useJourney('details');
  const me = journey.draft?.forWho === 'me';
  return (
    <JourneyGate journey={journey}>
      <FormPage
        journey={journey}
        step="details"
        title={me ? t('details.titleMe') : t('details.titleThem')}
        onComplete={() => {
          // Shown back as people see them on NHS letters: "999 123 4567", "EX1 2AB".
          journey.update((d) => ({
            ...d,
            patient: { ...d.patient, nhsNumber: formatNhsNumber(d.patient.nhsNumber), postcode: normalisePostcode(d.patient.postcode) },
          }));
          journey.goNext('details');
        }}
      >
        {(draft, errorFor) => {
          const patch = (part: Partial<typeof draft.patient>) => journey.update((d) => ({ ...d, patient: { ...d.patient, ...part } }));
          const dobProblem = errorFor('dob') ? dateOfBirthError(draft, journey.now) : null;
          return (
            <>
              <TextInput
                id="givenName"
                name="givenName"
                label={t('details.givenName')}
                autoComplete={me ? 'given-name' : 'off'}
                spellCheck={false}
                error={errorFor('givenName')}
                value={draft.patient.givenName}
                onChange={(givenName) => patch({ givenName })}
              />
              <TextInput
                id="familyName"
                name="familyName"
                label={t('details.familyName')}
                autoComplete={me ? 'family-name' : 'off'}
                spellCheck={false}
                error={errorFor('familyName')}
                value={draft.patient.familyName}
                onChange={(familyName) => patch({ familyName })}
              />
              <DateInput
                id="dob"
                legend={t('details.dob')}
                hint={t('details.dobHint')}
                error={errorFor('dob')}
                errorFields={dobProblem?.fields}
                birthday={me}
                value={draft.patient.dob}
                onChange={(dob) => patch({ dob })}
              />
              {draft.kind === 'medical' ? (
                <Radios
                  name="sex"
                  legend={me ? t('details.sexMe') : t('details.sex')}
                  hint={t('details.sexHint')}
                  error={errorFor('sex')}
                  value={draft.patient.sex}
                  inline
                  onChange={(sex) => patch({ sex })}
                  options={[
                    { value: 'female', label: t('details.female') },
                    { value: 'male', label: t('details.male') },
                  ]}
                />
              ) : null}
              <TextInput
                id="nhsNumber"
                name="nhsNumber"
                label={t('details.nhsNumber')}
                hint={t('details.nhsNumberHint')}
                inputMode="numeric"
                width="10"
                dir="ltr"
                spellCheck={false}
                error={errorFor('nhsNumber')}
                value={draft.patient.nhsNumber}
                onChange={(nhsNumber) => patch({ nhsNumber })}
              />
              <TextInput
                id="postcode"
                name="postcode"
                label={t('details.postcode')}
                hint={t('details.postcodeHint')}
                autoComplete={me ? 'postal-code' : 'off'}
                width="10"
                dir="ltr"
                spellCheck={false}
                error={errorFor('postcode')}
                value={draft.patient.postcode}
                onChange={(postcode) => patch({ postcode })}
              />
            </>
          );
        }}
      </FormPage>
    </JourneyGate>
  );
}
