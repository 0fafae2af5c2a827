import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { DAYS_AFTER_DISMISSAL, installOffer } from '../../domain/pwa/install-rules';
import { isSharedDevice } from '../../platform/device/device-settings';
import { isEmbedded } from '../../platform/embed/framing';
import {
  askToInstall,
  browserOfferedInstall,
  isInstalled,
  onInstallOfferChange,
  readInstallMemory,
  rememberInstallOfferHidden,
} from '../../platform/pwa/install';
// The same quiet card as the NHS App reminder, never a pop-up.
import '../nhs-app-nudge/nhs-app-nudge.scss';

export default function InstallOfferWhenDue() {
  const { t } = useTranslation('install-offer');
  const browserOffered = useSyncExternalStore(onInstallOfferChange, browserOfferedInstall);
  const [now] = useState(() => Date.now());
  const [hidden, setHidden] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (hidden) status.current?.focus();
  }, [hidden]);

  const offer = installOffer({
    now,
    userAgent: navigator.userAgent,
    browserOffered,
    installed: isInstalled(),
    embedded: isEmbedded(),
    sharedDevice: isSharedDevice(),
    ...readInstallMemory(),
  });

  if (hidden) {
    return (
      <p className="fd-nudge-hidden" role="status" tabIndex={-1} ref={status}>
        {t('hidden', { count: DAYS_AFTER_DISMISSAL })}
      </p>
    );
  }
  if (offer === 'none') return null;

  const hide = () => {
    rememberInstallOfferHidden(Date.now());
    setHidden(true);
  };
  return (
    <section className="fd-nudge" aria-labelledby="fd-install-title" data-testid="install-offer">
      <h2 className="fd-nudge__title" id="fd-install-title">
        {t('title')}
      </h2>
      <p>{t('body')}</p>
      {offer === 'ios-steps' ? <p>{t('iosSteps')}</p> : null}
      <div className="fd-nudge__actions">
        {offer === 'prompt' ? (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void askToInstall()}>
            {t('add')}
          </button>
        ) : null}
        <button type="button" className="fd-nudge__dismiss" onClick={hide}>
          {t('notNow')}
        </button>
      </div>
    </section>
  );
}
