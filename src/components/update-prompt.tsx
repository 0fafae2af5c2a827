import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptUpdate, onUpdateState, type UpdateState } from '../lib/pwa/update';

/**
 * Offers a new version; never reloads a page that holds unsent answers. Loaded after
 * the page paints, with its own words (`app-update`), so the landing page carries neither.
 */
export default function UpdatePrompt() {
  const { t } = useTranslation('app-update');
  const [state, setState] = useState<UpdateState>('none');
  useEffect(() => onUpdateState(setState), []);
  if (state === 'none') return null;
  return (
    <div className="fd-update" role="status">
      <div className="nhsuk-width-container">
        {state === 'ready' ? (
          <p className="fd-update__text">
            {t('ready')}{' '}
            <button type="button" className="fd-link-button" onClick={acceptUpdate}>
              {t('apply')}
            </button>
          </p>
        ) : (
          <p className="fd-update__text">{t(state === 'applying' ? 'applying' : 'afterAnswers')}</p>
        )}
      </div>
    </div>
  );
}
