import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput, type DateParts } from '../../components/date-input';
import { TextInput } from '../../components/text-input';
import { CredentialsForm, type FieldErrors } from '../booking';
import type { BookingProblem } from '../../domain/booking';
import { dateOfBirthMessageKey, parseDateOfBirth } from '../../domain/person/date-of-birth';

const REFERENCE = /^[A-Z0-9]{6,12}$/;

/** Find a practice booking with its reference and the patient's date of birth. */
export function FindBookingForm({
  initialReference,
  problem,
  waiting,
  disabled,
  onFind,
}: {
  initialReference: string;
  problem?: BookingProblem;
  waiting: boolean;
  disabled: boolean;
  onFind: (reference: string, birthDate: string) => void;
}) {
  const { t } = useTranslation(['booking', 'date-of-birth']);
  const [reference, setReference] = useState(initialReference);
  const [birth, setBirth] = useState<DateParts>({ day: '', month: '', year: '' });

  const squashed = reference.replace(/[\s-]/g, '').toUpperCase();
  const birthResult = parseDateOfBirth(birth, new Date());
  const errors: FieldErrors = {
    reference: !squashed ? t('manage.referenceRequired') : REFERENCE.test(squashed) ? null : t('manage.referenceInvalid'),
    'birth-date': birthResult.ok ? null : t(dateOfBirthMessageKey(birthResult.error)),
  };

  return (
    <CredentialsForm
      title={t('manage.title')}
      intro={t('manage.intro')}
      journey="practice"
      problem={problem}
      problemField="reference"
      errors={errors}
      waiting={waiting}
      disabled={disabled}
      submitLabel={t('manage.submit')}
      waitingLabel={t('manage.finding')}
      onSubmit={() => {
        if (birthResult.ok) onFind(squashed, birthResult.date);
      }}
    >
      {(shown) => (
        <>
        <TextInput
          id="reference"
          name="reference"
          label={t('manage.reference')}
          hint={t('manage.referenceHint')}
          error={shown('reference')}
          value={reference}
          onChange={setReference}
          autoComplete="off"
          spellCheck={false}
          width="10"
          dir="ltr"
        />
        <DateInput
          id="birth-date"
          legend={t('dateOfBirth.legend')}
          hint={t('dateOfBirth.hint')}
          error={shown('birth-date')}
          value={birth}
          onChange={setBirth}
          birthday
        />
        </>
      )}
    </CredentialsForm>
  );
}
