import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canShare, copyText } from './copy-text';

/** The finished link, to copy or share in one tap. */
export function LinkOutput({ link, shareTitle }: { link: string; shareTitle: string }) {
  const { t } = useTranslation('staff');
  const [message, setMessage] = useState('');
  return (
    <div className="nhsuk-form-group fd-link-output">
      <label className="nhsuk-label nhsuk-label--s" htmlFor="registration-link">
        {t('link.yourLink')}
      </label>
      <input
        className="nhsuk-input fd-link-output__input"
        id="registration-link"
        data-testid="registration-link"
        readOnly
        value={link}
        dir="ltr"
        spellCheck={false}
        onFocus={(event) => event.target.select()}
      />
      <div className="fd-button-row">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => void copyText(link).then((ok) => setMessage(t(ok ? 'link.copied' : 'link.copyFailed')))}
        >
          {t('link.copy')}
        </button>
        {canShare() ? (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => void navigator.share({ title: shareTitle, url: link }).catch(() => undefined)}
          >
            {t('link.share')}
          </button>
        ) : null}
      </div>
      <p className="fd-copy-status" role="status">
        {message}
      </p>
    </div>
  );
}
