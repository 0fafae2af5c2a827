import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { DAYS_AFTER_DISMISSAL, installOffer, type InstallOffer } from '../../domain/pwa/install-rules';
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

/** Decides without words, so a patient who gets no offer downloads none of its words. */
export default function InstallOfferWhenDue() {
  const browserOffered = useSyncExternalStore(onInstallOfferChange, browserOfferedInstall);
  const [now] = useState(() => Date.now());
  const [hidden, setHidden] = useState(false);
  const offer = installOffer({
    now,
    userAgent: navigator.userAgent,
    browserOffered,
    installed: isInstalled(),
    embedded: isEmbedded(),
    sharedDevice: isSharedDevice(),
    ...readInstallMemory(),
  });
  if (offer === 'none' && !hidden) return null;
  return <InstallOfferCard offer={offer} hidden={hidden} onHide={() => setHidden(true)} />;
}

function InstallOfferCard({ offer, hidden, onHide }: { offer: InstallOffer; hidden: boolean; onHide: () => void }) {
  const { t } = useTranslation('install-offer');
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (hidden) status.current?.focus();
  }, [hidden]);

  if (hidden) {
    return (
      <p className="fd-nudge-hidden" role="status" tabIndex={-1} ref={status}>
        {t('hidden', { count: DAYS_AFTER_DISMISSAL })}
      </p>
    );
  }

  const hide = () => {
    rememberInstallOfferHidden(Date.now());
    onHide();
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
