import type { HTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldIntro, groupClass } from './field-parts';
import './styles/forms.scss';

interface Props {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'search' | 'password' | 'datetime-local';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** NHS.UK fixed widths: characters (2, 3, 4, 5, 10, 20, 30) or a fraction. */
  width?: '2' | '3' | '4' | '5' | '10' | '20' | '30' | 'two-thirds' | 'full';
  /** On one-question pages the label is the page's h1. */
  labelAsHeading?: boolean;
  spellCheck?: boolean;
  maxLength?: number;
  /** Keep digits and codes left-to-right inside right-to-left pages. */
  dir?: 'ltr';
}

export function TextInput(props: Props) {
  const { id, name, label, hint, error, value, onChange, type = 'text', width, labelAsHeading } = props;
  const widthClass = !width
    ? ''
    : /^\d+$/.test(width)
      ? ` nhsuk-input--width-${width}`
      : ` nhsuk-u-width-${width}`;
  return (
    <div className={groupClass(error)}>
      <FieldIntro id={id} label={label} hint={hint} error={error} labelAsHeading={labelAsHeading} />
      <input
        className={`nhsuk-input${widthClass}${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        maxLength={props.maxLength}
        dir={props.dir}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
