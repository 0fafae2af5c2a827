import type { ReactNode } from 'react';
import './styles/forms.scss';

/** Something the patient must not miss: the NHS.UK warning callout (a warning card in nhsuk-frontend 10). */
export function WarningCallout({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading">{heading}</h3>
        {children}
      </div>
    </div>
  );
}

/** A short aside set apart from the text around it. */
export function InsetText({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className="nhsuk-inset-text" data-testid={testId}>
      {children}
    </div>
  );
}
