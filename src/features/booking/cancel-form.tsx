import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { Textarea } from '../../components/textarea';
import { CANCEL_REASONS, type Journey } from '../../domain/booking';

/** Cancel, with a reason (so the service knows whether to offer another) and what cancelling means. */
export function CancelForm({
  journey,
  disabled,
  cancelling,
  onCancel,
}: {
  journey: Journey;
  disabled: boolean;
  cancelling: boolean;
  onCancel: (reason: string, text: string) => void;
}) {
  const { t } = useTranslation('booking');
  const [reason, setReason] = useState<string>();
  const [text, setText] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const reasonError = showErrors && !reason ? t('change.reasonRequired') : null;
  const textError = [...text].length > 500 ? t('change.reasonText') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!reason || textError || disabled) return;
    onCancel(reason, text);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="cancel-heading">
      <h2 className="nhsuk-heading-m" id="cancel-heading">
        {t('change.cancelTitle')}
      </h2>
      <ErrorSummary errors={reasonError ? [{ href: '#cancel-reason', text: reasonError }] : []} />
      <p>{t('change.cancelMeans')}</p>
      <p>{journey === 'referral' ? t('change.cancelMeansReferral') : t('change.cancelMeansPractice')}</p>
      <Radios
        name="cancel-reason"
        legend={t('change.reason')}
        error={reasonError}
        value={reason}
        onChange={setReason}
        options={CANCEL_REASONS.map((code) => ({ value: code, label: t(`change.reasons.${code}`) }))}
      />
      <Textarea id="cancel-text" name="cancel-text" label={t('change.reasonText')} value={text} onChange={setText} maxLength={500} rows={3} />
      <button type="submit" className="nhsuk-button nhsuk-button--warning" disabled={disabled} aria-disabled={disabled}>
        {cancelling ? t('change.cancelling') : t('change.cancel')}
      </button>
    </form>
  );
}
