import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/date-input';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { bookingKey, problemText } from '../booking';
import type { BookingProblem, PracticePatientAnswers, PracticePatientError, PracticePatientField } from '../../domain/booking';

export const emptyAnswers: PracticePatientAnswers = { name: '', birth: { day: '', month: '', year: '' }, nhsNumber: '', postcode: '', phone: '', reason: '' };

export type PatientErrors = Partial<Record<PracticePatientField, PracticePatientError>>;

/** Each field's id on the page, for the error summary's links. */
const FIELD_IDS: Record<PracticePatientField, string> = {
  reason: 'appointment-reason',
  name: 'patient-name',
  birth: 'birth-date',
  nhsNumber: 'patient-nhs-number',
  postcode: 'patient-postcode',
  phone: 'patient-phone',
};

/**
 * What the appointment is for, in a few words, and who it is for: the name, date of birth
 * and NHS number or postcode the practice finds them by on its list, and a phone number
 * for phone calls. `problem` is the practice's answer when it could not find them.
 */
export function PatientDetails({
  answers,
  onChange,
  errors,
  problem,
  phoneNeeded,
}: {
  answers: PracticePatientAnswers;
  onChange: (a: PracticePatientAnswers) => void;
  errors: PatientErrors;
  problem?: BookingProblem;
  phoneNeeded: boolean;
}) {
  const { t } = useTranslation('booking');
  const text = (field: PracticePatientField) => {
    const key = errors[field];
    return key ? t(bookingKey(key)) : null;
  };
  const summary: FieldError[] = (Object.keys(FIELD_IDS) as PracticePatientField[]).flatMap((field) => {
    const message = text(field);
    return message ? [{ href: `#${FIELD_IDS[field]}`, text: message }] : [];
  });
  if (summary.length === 0 && problem) summary.push({ href: `#${FIELD_IDS.name}`, text: problemText(t, problem, 'practice') });
  const set = (change: Partial<PracticePatientAnswers>) => onChange({ ...answers, ...change });
  return (
    <>
      <ErrorSummary errors={summary} />
      <TextInput
        id={FIELD_IDS.reason}
        name="reason"
        label={t('practice.reason')}
        hint={t('practice.reasonHint')}
        error={text('reason')}
        value={answers.reason}
        onChange={(reason) => set({ reason })}
        width="full"
      />
      <h2 className="nhsuk-heading-m">{t('practice.details')}</h2>
      <p>{t('practice.detailsIntro')}</p>
      <TextInput id={FIELD_IDS.name} name="name" label={t('practice.name')} error={text('name')} value={answers.name} onChange={(name) => set({ name })} autoComplete="name" />
      <DateInput id={FIELD_IDS.birth} legend={t('dateOfBirth.legend')} hint={t('dateOfBirth.hint')} error={text('birth')} value={answers.birth} onChange={(birth) => set({ birth })} birthday />
      <TextInput
        id={FIELD_IDS.nhsNumber}
        name="nhs-number"
        label={t('practice.nhsNumber')}
        hint={t('practice.nhsNumberHint')}
        error={text('nhsNumber')}
        value={answers.nhsNumber}
        onChange={(nhsNumber) => set({ nhsNumber })}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        width="10"
        dir="ltr"
      />
      <TextInput
        id={FIELD_IDS.postcode}
        name="postcode"
        label={t('practice.postcode')}
        hint={t('practice.postcodeHint')}
        error={text('postcode')}
        value={answers.postcode}
        onChange={(postcode) => set({ postcode })}
        autoComplete="postal-code"
        spellCheck={false}
        width="10"
        dir="ltr"
      />
      <TextInput
        id={FIELD_IDS.phone}
        name="phone"
        type="tel"
        label={phoneNeeded ? t('practice.phoneRequiredLabel') : t('practice.phone')}
        hint={t('practice.phoneHint')}
        error={text('phone')}
        value={answers.phone}
        onChange={(phone) => set({ phone })}
        autoComplete="tel"
        width="20"
        dir="ltr"
      />
    </>
  );
}
