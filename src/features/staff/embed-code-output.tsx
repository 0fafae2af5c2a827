import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text';

interface Props {
  id: string;
  label: string;
  hint: string;
  code: string;
  copyLabel: string;
}

/** A snippet of HTML to copy: read-only, selectable, with a copy button that says whether it worked. */
export function EmbedCodeOutput({ id, label, hint, code, copyLabel }: Props) {
  const { t } = useTranslation('embed');
  const [message, setMessage] = useState('');
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        {hint}
      </div>
      <textarea
        className="nhsuk-textarea fd-embed-code"
        id={id}
        aria-describedby={`${id}-hint`}
        readOnly
        rows={4}
        value={code}
        dir="ltr"
        spellCheck={false}
        onFocus={(event) => event.target.select()}
      />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => void copyText(code).then((ok) => setMessage(t(ok ? 'copied' : 'copyFailed')))}
      >
        {copyLabel}
      </button>
      <p className="fd-copy-status" role="status">
        {message}
      </p>
    </div>
  );
}
