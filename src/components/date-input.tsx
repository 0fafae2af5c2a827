import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset } from './fieldset';
import './styles/forms.scss';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

type Part = keyof DateParts;

interface Props {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string | null;
  value: DateParts;
  onChange: (value: DateParts) => void;
  legendAsHeading?: boolean;
  /** Which boxes to mark red; all three when the error is about the whole date. */
  errorFields?: Part[];
  /** autocomplete for a date of birth. */
  birthday?: boolean;
}

const PARTS: { part: Part; width: string; auto: string }[] = [
  { part: 'day', width: '2', auto: 'bday-day' },
  { part: 'month', width: '2', auto: 'bday-month' },
  { part: 'year', width: '4', auto: 'bday-year' },
];

/** The GOV.UK date input: three boxes, numbers only, the day box's id is `id`. */
export function DateInput({ id, legend, hint, error, value, onChange, legendAsHeading, errorFields, birthday }: Props) {
  const { t } = useTranslation('forms');
  const marked = new Set<Part>(error ? (errorFields ?? ['day', 'month', 'year']) : []);
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error} legendAsHeading={legendAsHeading}>
      <div className="nhsuk-date-input" id={`${id}-group`} dir="ltr">
        {PARTS.map(({ part, width, auto }) => {
          const inputId = part === 'day' ? id : `${id}-${part}`;
          return (
            <div className="nhsuk-date-input__item" key={part}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={inputId}>
                  {t(`date.${part}`)}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${marked.has(part) ? ' nhsuk-input--error' : ''}`}
                  id={inputId}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={birthday ? auto : 'off'}
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                  aria-invalid={marked.has(part) ? true : undefined}
                />
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
