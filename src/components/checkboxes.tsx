import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset } from './fieldset';
import './styles/forms.scss';

export interface CheckboxChoice {
  value: string;
  label: string;
  hint?: string;
  /** "None of these": ticking it clears the others, and ticking another clears it. */
  exclusive?: boolean;
}

interface Props {
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string | null;
  values: string[];
  onChange: (values: string[]) => void;
  options: CheckboxChoice[];
  legendAsHeading?: boolean;
}

/** Any answers from a list, in nhsuk-frontend 10's markup ("or" before an exclusive "None of these"). */
export function Checkboxes({ name, legend, hint, error, values, onChange, options, legendAsHeading }: Props) {
  const { t } = useTranslation('forms');
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
  function toggle(value: string, checked: boolean) {
    if (!checked) return onChange(values.filter((v) => v !== value));
    if (exclusive.has(value)) return onChange([value]);
    onChange([...values.filter((v) => !exclusive.has(v)), value]);
  }
  return (
    <Fieldset id={name} legend={legend} hint={hint} error={error} legendAsHeading={legendAsHeading}>
      <div className="nhsuk-checkboxes">
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${index + 1}`;
          return (
            <Fragment key={option.value}>
              {option.exclusive && index > 0 ? <div className="nhsuk-checkboxes__divider">{t('or')}</div> : null}
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            </Fragment>
          );
        })}
      </div>
    </Fieldset>
  );
}
