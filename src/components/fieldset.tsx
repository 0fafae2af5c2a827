import type { ReactNode } from 'react';
import { describedBy, FieldErrorMessage, groupClass } from './field-parts';
import './styles/forms.scss';

interface Props {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string | null;
  /** On one-question pages the legend is the page's h1. */
  legendAsHeading?: boolean;
  children: ReactNode;
}

/** A group of controls answering one question: legend, hint, error, then the controls. */
export function Fieldset({ id, legend, hint, error, legendAsHeading, children }: Props) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`nhsuk-fieldset__legend${legendAsHeading ? ' nhsuk-fieldset__legend--l' : ' nhsuk-fieldset__legend--m'}`}>
          {legendAsHeading ? <h1 className="nhsuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint ? (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? <FieldErrorMessage id={`${id}-error`}>{error}</FieldErrorMessage> : null}
        {children}
      </fieldset>
    </div>
  );
}
