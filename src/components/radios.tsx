import { Fragment, type ReactNode } from 'react';
import { Fieldset } from './fieldset';
import './styles/forms.scss';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** Shown under the choice while it is selected (follow-up questions). */
  conditional?: ReactNode;
  /** A label in another language (a language's own name), so screen readers say it right. */
  lang?: string;
}

interface Props {
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string | null;
  value: string | undefined;
  onChange: (value: string) => void;
  options: Choice[];
  legendAsHeading?: boolean;
  inline?: boolean;
}

/**
 * One answer from a short list, in nhsuk-frontend 10's markup (a follow-up question sits
 * right after its radio). The first radio's id is `name`, so errors can link to it.
 */
export function Radios({ name, legend, hint, error, value, onChange, options, legendAsHeading, inline }: Props) {
  return (
    <Fieldset id={name} legend={legend} hint={hint} error={error} legendAsHeading={legendAsHeading}>
      <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${index + 1}`;
          const checked = value === option.value;
          return (
            <Fragment key={option.value}>
              <div className="nhsuk-radios__item">
                <input
                  className="nhsuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={checked}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  aria-controls={option.conditional ? `${id}-conditional` : undefined}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={id} lang={option.lang}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`${id}-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
              {option.conditional ? (
                <div
                  className={`nhsuk-radios__conditional${checked ? '' : ' nhsuk-radios__conditional--hidden'}`}
                  id={`${id}-conditional`}
                >
                  {checked ? option.conditional : null}
                </div>
              ) : null}
            </Fragment>
          );
        })}
      </div>
    </Fieldset>
  );
}
