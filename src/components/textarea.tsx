import { useDeferredValue, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
  /** Characters allowed. Typing past it is not blocked (nothing is lost); the count says so. */
  maxLength: number;
  labelAsHeading?: boolean;
  rows?: number;
}

/**
 * nhsuk-frontend 10's character count: a textarea with a live count of characters left,
 * announced politely (not on every key).
 */
export function Textarea({ id, name, label, hint, error, value, onChange, maxLength, labelAsHeading, rows = 5 }: Props) {
  const { t } = useTranslation('forms');
  const length = [...value].length; // count what people see, not UTF-16 halves of an emoji
  const remaining = maxLength - length;
  const announced = useDeferredValue(remaining);
  return (
    <div className={`${groupClass(error)} nhsuk-character-count`}>
      <FieldIntro id={id} label={label} hint={hint} error={error} labelAsHeading={labelAsHeading} />
      <textarea
        className={`nhsuk-textarea${error || remaining < 0 ? ' nhsuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={[describedBy(id, hint, error), `${id}-count`].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
      />
      <div id={`${id}-count`} className={`${remaining < 0 ? 'nhsuk-error-message' : 'nhsuk-hint'} nhsuk-character-count__status`} aria-live="polite">
        {announced >= 0
          ? t('charactersLeft', { count: announced })
          : t('charactersTooMany', { count: -announced })}
      </div>
    </div>
  );
}
