import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The red message above a field, with a hidden "Error:" for screen readers. */
export function FieldErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation('forms');
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">{t('errorPrefix')}</span> {children}
    </span>
  );
}

/** aria-describedby for a field: its hint and error, when present. */
export function describedBy(id: string, hint?: ReactNode, error?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function groupClass(error?: ReactNode) {
  return `nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`;
}

/** A single field's label (the page's h1 on one-question pages), hint and error, in that order. */
export function FieldIntro({ id, label, hint, error, labelAsHeading }: { id: string; label: string; hint?: ReactNode; error?: ReactNode; labelAsHeading?: boolean }) {
  const labelElement = (
    <label className={`nhsuk-label${labelAsHeading ? ' nhsuk-label--l' : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <>
      {labelAsHeading ? <h1 className="nhsuk-label-wrapper">{labelElement}</h1> : labelElement}
      {hint ? (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? <FieldErrorMessage id={`${id}-error`}>{error}</FieldErrorMessage> : null}
    </>
  );
}
