import type { ReactNode } from 'react';
import './styles/forms.scss';

/** Something the patient must not miss. */
export function WarningCallout({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="nhsuk-warning-callout">
      <h3 className="nhsuk-warning-callout__label">
        {heading}
      </h3>
      {children}
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
