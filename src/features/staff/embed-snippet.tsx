import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../components/radios';
import { EMBED_JOURNEYS, isEmbedJourney, type EmbedJourney } from '../../platform/embed/protocol';
import { EMBED_MODES, embedScriptTag, plainIframeTag, type EmbedMode } from '../../platform/embed/snippets';
import { usePractice } from '../../platform/practice/use-practice';
import { EmbedCodeOutput } from './embed-code-output';
import { EmbedPreview } from './embed-preview';
import './embed-snippet.scss';

/**
 * Journey 8 for practice staff: the line to paste into the practice website, a plain
 * iframe for sites that strip scripts, a live preview, and which sites may show it.
 */
export function EmbedSnippet() {
  const { t } = useTranslation('embed');
  const practice = usePractice().settings.data;
  const [journey, setJourney] = useState<EmbedJourney>('home');
  const [mode, setMode] = useState<EmbedMode>('inline');
  const [preview, setPreview] = useState(false);
  if (!practice) return null;

  const options = {
    appOrigin: window.location.origin,
    ods: practice.ods,
    journey,
    mode,
    title: t('frameTitle', { practice: practice.name }),
    label: t(`labels.${journey}`, { practice: practice.name }),
    phone: practice.phone,
  };
  const origins = practice.embed.allowedOrigins;

  return (
    <section aria-labelledby="embed-title" className="fd-staff__section">
      <h2 className="nhsuk-heading-m" id="embed-title">
        {t('title')}
      </h2>
      <p>{t('intro')}</p>
      <Radios
        name="embed-journey"
        legend={t('journey')}
        value={journey}
        onChange={(value) => isEmbedJourney(value) && setJourney(value)}
        options={EMBED_JOURNEYS.map((j) => ({ value: j, label: t(`journeys.${j}`) }))}
      />
      <Radios
        name="embed-mode"
        legend={t('mode')}
        value={mode}
        onChange={(value) => setMode(value === 'button' ? 'button' : 'inline')}
        options={EMBED_MODES.map((m) => ({ value: m, label: t(`modes.${m}`), hint: t(`modeHints.${m}`) }))}
      />
      <EmbedCodeOutput id="embed-script" label={t('scriptLabel')} hint={t('scriptHint')} code={embedScriptTag(options)} copyLabel={t('copyScript')} />

      <h3 className="nhsuk-heading-s">{t('previewTitle')}</h3>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" aria-expanded={preview} onClick={() => setPreview(!preview)}>
        {t(preview ? 'hidePreview' : 'showPreview')}
      </button>
      {preview ? <EmbedPreview options={options} /> : null}

      <h3 className="nhsuk-heading-s">{t('plainTitle')}</h3>
      <EmbedCodeOutput id="embed-iframe" label={t('plainLabel')} hint={t('plainHint')} code={plainIframeTag(options)} copyLabel={t('copyPlain')} />

      <h3 className="nhsuk-heading-s">{t('allowedTitle')}</h3>
      {origins.length > 0 ? (
        <>
          <p>{t('allowedIntro')}</p>
          <ul className="nhsuk-list nhsuk-list--bullet" data-testid="embed-allowed-origins">
            {origins.map((origin) => (
              <li key={origin} dir="ltr">
                {origin}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('allowedNone')}</p>
      )}
      <p>{t('supplier', { host: window.location.origin })}</p>
    </section>
  );
}
