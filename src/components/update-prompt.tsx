import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptUpdate, onUpdateState, type UpdateState } from '../platform/pwa/update';

/**
 * Offers a new version; never reloads a page that holds unsent answers. Loaded after
 * the page paints; its words (`app-update`) are fetched only when there is an update.
 */
export default function UpdatePrompt() {
  const [state, setState] = useState<UpdateState>('none');
  useEffect(() => onUpdateState(setState), []);
  if (state === 'none') return null;
  return (
    <Suspense fallback={null}>
      <UpdateMessage state={state} />
    </Suspense>
  );
}

/** The prompt in one state (exported for its fixtures, which show each state without a waiting worker). */
export function UpdateMessage({ state }: { state: Exclude<UpdateState, 'none'> }) {
  const { t } = useTranslation('app-update');
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
