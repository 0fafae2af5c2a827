import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './styles/forms.scss';

export interface FieldError {
  /** `#id` of the field to fix. */
  href: string;
  text: string;
}

/**
 * The GOV.UK/NHS.UK error summary: it takes focus when errors appear, so screen reader
 * and keyboard users land on the list of what to fix; each item links to its field.
 */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useTranslation('forms');
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.href}:${e.text}`).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id="error-summary-title">
          {t('errorSummaryTitle')}
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.href + error.text}>
                <a
                  href={error.href}
                  onClick={(event) => {
                    // Move focus to the field itself, not just scroll to it.
                    const field = document.querySelector<HTMLElement>(error.href);
                    if (field) {
                      event.preventDefault();
                      field.focus();
                      field.scrollIntoView?.({ block: 'center' }); // not in every browser (or jsdom)
                    }
                  }}
                >
                  {error.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
