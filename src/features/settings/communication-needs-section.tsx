import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../components/checkboxes';
import { TextInput } from '../../components/text-input';
import { clearCommunicationNeeds, savedCommunicationNeeds, saveCommunicationNeeds } from '../../platform/device/communication-needs';
import { onDeviceSettingsChange } from '../../platform/device/device-settings';
import { COMMUNICATION_NEEDS, LIMITS } from '../../domain/request/request-types';

/**
 * "Help to talk to us" on /settings: the needs saved from the last request (or chosen
 * here), to see, change or remove. Each change is saved at once, like the other choices.
 * On a shared device nothing is saved, so there is nothing to show.
 */
export function CommunicationNeedsSection({ shared }: { shared: boolean }) {
  const { t } = useTranslation('settings');
  const [saved, setSaved] = useState(savedCommunicationNeeds);
  const [removed, setRemoved] = useState(false);
  // "Clear everything" and "shared device" change what is saved from elsewhere on the page.
  useEffect(() => onDeviceSettingsChange(() => setSaved(savedCommunicationNeeds())), []);

  const needs: string[] = saved?.needs ?? [];
  const language = saved?.language ?? '';

  function change(next: { needs: string[]; language: string }) {
    saveCommunicationNeeds(next);
    setSaved(savedCommunicationNeeds());
    setRemoved(false);
  }

  function remove() {
    clearCommunicationNeeds();
    setSaved(null);
    setRemoved(true);
  }

  return (
    <section aria-labelledby="needs-title" data-testid="communication-needs">
      <h2 className="nhsuk-heading-m" id="needs-title">
        {t('needs.title')}
      </h2>
      {shared ? (
        <p>{t('needs.shared')}</p>
      ) : (
        <>
          <p>{t('needs.body')}</p>
          <Checkboxes
            name="needs"
            legend={t('needs.legend')}
            hint={t('needs.hint')}
            values={needs}
            onChange={(next) => change({ needs: next, language })}
            options={COMMUNICATION_NEEDS.map((value) => ({ value, label: t(`needs.need.${value}`), ...(value === 'none' ? { exclusive: true } : {}) }))}
          />
          {needs.includes('interpreter') ? (
            <TextInput
              id="needs-language"
              name="needs-language"
              label={t('needs.language')}
              width="20"
              maxLength={LIMITS.language}
              value={language}
              onChange={(next) => change({ needs, language: next })}
            />
          ) : null}
          {saved ? (
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={remove}>
              {t('needs.remove')}
            </button>
          ) : null}
          <div role="status">{removed ? <p>{t('needs.removed')}</p> : null}</div>
        </>
      )}
    </section>
  );
}
