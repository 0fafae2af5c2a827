import { useTranslation } from 'react-i18next';
import { DateInput, type DateParts } from '../../components/date-input';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { dateOfBirthMessageKey, parseDateOfBirth } from '../../domain/person/date-of-birth';

export interface PatientAnswers {
  name: string;
  birth: DateParts;
  phone: string;
}

export const emptyAnswers: PatientAnswers = { name: '', birth: { day: '', month: '', year: '' }, phone: '' };

type Errors = { name?: string; birth?: string; phone?: string };

/** Checks who the appointment is for; message keys for the fields that need fixing. */
export function checkPatient(answers: PatientAnswers, phoneNeeded: boolean, now: Date) {
  const errors: Errors = {};
  const name = answers.name.trim();
  if (!name) errors.name = 'practice.nameRequired';
  else if (name.length > 100) errors.name = 'practice.nameTooLong';
  const birth = parseDateOfBirth(answers.birth, now);
  if (!birth.ok) errors.birth = dateOfBirthMessageKey(birth.error);
  const phone = answers.phone.trim();
  if (phoneNeeded && !phone) errors.phone = 'practice.phoneRequired';
  else if (phone.length > 20) errors.phone = 'practice.phoneTooLong';
  const ok = !errors.name && !errors.birth && !errors.phone && birth.ok;
  return { errors, patient: ok && birth.ok ? { name, birthDate: birth.date, phone: phone || undefined } : undefined };
}

/** Who the practice appointment is for: name, date of birth, and a phone number for phone calls. */
export function PatientDetails({ answers, onChange, errors, phoneNeeded }: { answers: PatientAnswers; onChange: (a: PatientAnswers) => void; errors: Errors; phoneNeeded: boolean }) {
  const { t } = useTranslation(['booking', 'date-of-birth']);
  const text = (key?: string) => (key ? t(key as 'practice.nameRequired') : null);
  const summary: FieldError[] = [];
  if (errors.name) summary.push({ href: '#patient-name', text: text(errors.name)! });
  if (errors.birth) summary.push({ href: '#birth-date', text: text(errors.birth)! });
  if (errors.phone) summary.push({ href: '#patient-phone', text: text(errors.phone)! });
  return (
    <>
      <ErrorSummary errors={summary} />
      <h2 className="nhsuk-heading-m">{t('practice.details')}</h2>
      <TextInput id="patient-name" name="name" label={t('practice.name')} error={text(errors.name)} value={answers.name} onChange={(name) => onChange({ ...answers, name })} autoComplete="name" />
      <DateInput
        id="birth-date"
        legend={t('dateOfBirth.legend')}
        hint={t('dateOfBirth.hint')}
        error={text(errors.birth)}
        value={answers.birth}
        onChange={(birth) => onChange({ ...answers, birth })}
        birthday
      />
      <TextInput
        id="patient-phone"
        name="phone"
        type="tel"
        label={phoneNeeded ? t('practice.phoneRequiredLabel') : t('practice.phone')}
        hint={t('practice.phoneHint')}
        error={text(errors.phone)}
        value={answers.phone}
        onChange={(phone) => onChange({ ...answers, phone })}
        autoComplete="tel"
        width="20"
        dir="ltr"
      />
    </>
  );
}
