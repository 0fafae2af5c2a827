import { useTranslation } from 'react-i18next';
import { LinkedText } from './linked-text';

/** The always-visible "emergency: 999, urgent: 111" line. index.html carries it before any script runs. */
export function EmergencyLine() {
  const { t } = useTranslation();
  return (
    <div className="fd-emergency" role="region" aria-labelledby="fd-emergency-text">
      <div className="nhsuk-width-container">
        <p id="fd-emergency-text" className="fd-emergency__text">
          <LinkedText
            text={t('emergency.line')}
            links={{
              call999: (text) => (
                <a className="fd-emergency__link" href="tel:999">
                  {text}
                </a>
              ),
              online111: (text) => (
                <a className="fd-emergency__link" href="https://111.nhs.uk/" rel="noopener" dir="ltr">
                  {text}
                </a>
              ),
              call111: (text) => (
                <a className="fd-emergency__link" href="tel:111">
                  {text}
                </a>
              ),
            }}
          />
        </p>
      </div>
    </div>
  );
}
