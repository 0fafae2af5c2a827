import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InsetText, WarningCallout } from '../../../components/callouts';
import { Checkboxes } from '../../../components/checkboxes';
import { Radios } from '../../../components/radios';
import { isLiteMode } from '../../../platform/device/device-settings';
import { preparePhoto, type PhotoProblem } from '../../../platform/device/photo-resize';
import { LIMITS } from '../../../domain/request/request-types';
import { FormPage, JourneyGate, useJourney } from '../components/journey';
import { currentDraft } from '../model/draft-state';
import '../request.scss';

/**
 * `/:ods/request/photos`: up to three photos, checked by their bytes, made smaller on the
 * phone (re-encoding drops location and camera details), previewed, removable. Off by
 * default in lite mode. No intimate images: a tick confirms it.
 */
export function RequestPhotosPage() {
  const { t } = useTranslation('request');
  const journey = useJourney('photos');
  const [problem, setProblem] = useState<PhotoProblem | 'tooMany' | null>(null);
  const [working, setWorking] = useState(false);
  const lite = isLiteMode();
  const draftLoaded = Boolean(journey.draft);

  useEffect(() => {
    if (lite && draftLoaded && currentDraft()?.wantsPhotos === undefined) journey.update((d) => ({ ...d, wantsPhotos: 'no' }));
  }, [lite, draftLoaded, journey]);

  async function addPhotos(files: FileList | null) {
    if (!files || files.length === 0) return;
    setProblem(null);
    setWorking(true);
    try {
      for (const file of Array.from(files)) {
        if ((currentDraft()?.photos.length ?? 0) >= LIMITS.photos) {
          setProblem('tooMany');
          break;
        }
        const result = await preparePhoto(file, crypto.randomUUID());
        if (!result.ok) {
          setProblem(result.problem);
          break;
        }
        journey.update((d) => ({ ...d, photos: [...d.photos, result.photo] }));
      }
    } finally {
      setWorking(false);
    }
  }

  return (
    <JourneyGate journey={journey}>
      <FormPage journey={journey} step="photos" questionTitle={t('photos.title')} notices={problem ? { 'photo-file': `errors.photo.${problem}` } : undefined}>
        {(draft, errorFor) => (
          <>
            {lite ? <InsetText>{t('photos.lite')}</InsetText> : null}
            <Radios
              name="wantsPhotos"
              legend={t('photos.title')}
              legendAsHeading
              hint={t('photos.hint')}
              error={errorFor('wantsPhotos')}
              value={draft.wantsPhotos}
              onChange={(wantsPhotos) => journey.update((d) => ({ ...d, wantsPhotos: wantsPhotos as 'yes' | 'no' }))}
              options={[
                { value: 'yes', label: t('photos.yes') },
                { value: 'no', label: t('photos.no') },
              ]}
            />
            {draft.wantsPhotos === 'yes' ? (
              <>
                <WarningCallout heading={t('photos.intimateWarningHeading')}>
                  <p>{t('photos.intimateWarning')}</p>
                </WarningCallout>
                <p aria-live="polite" data-testid="photo-count">
                  {t('photos.added', { count: draft.photos.length })}
                  {working ? ` ${t('photos.working')}` : ''}
                </p>
                {draft.photos.length > 0 ? (
                  <ul className="fd-photos">
                    {draft.photos.map((photo, index) => (
                      <li className="fd-photos__item" key={photo.id}>
                        <img
                          className="fd-photos__image"
                          src={`data:${photo.contentType};base64,${photo.data}`}
                          alt={t('photos.preview', { number: index + 1 })}
                          width={photo.width}
                          height={photo.height}
                        />
                        <button
                          type="button"
                          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small fd-link-button--remove"
                          onClick={() => journey.update((d) => ({ ...d, photos: d.photos.filter((p) => p.id !== photo.id) }))}
                        >
                          {t('photos.remove', { number: index + 1 })}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {draft.photos.length < LIMITS.photos ? (
                  <div className={`nhsuk-form-group${errorFor('photo-file') ? ' nhsuk-form-group--error' : ''}`}>
                    <label className="nhsuk-label" htmlFor="photo-file">
                      {t('photos.choose')}
                    </label>
                    <div className="nhsuk-hint" id="photo-file-hint">
                      {t('photos.chooseHint')}
                    </div>
                    {errorFor('photo-file') ? (
                      <p className="nhsuk-error-message" id="photo-file-error">
                        {errorFor('photo-file')}
                      </p>
                    ) : null}
                    <input
                      className="fd-file"
                      id="photo-file"
                      name="photo-file"
                      type="file"
                      accept="image/jpeg,image/png,image/webp,image/gif"
                      aria-describedby={`photo-file-hint${errorFor('photo-file') ? ' photo-file-error' : ''}`}
                      disabled={working}
                      onChange={(event) => {
                        const input = event.currentTarget;
                        void addPhotos(input.files).finally(() => {
                          input.value = '';
                        });
                      }}
                    />
                  </div>
                ) : (
                  <p>{t('photos.full')}</p>
                )}
                {draft.photos.length > 0 ? (
                  <Checkboxes
                    name="photoConsent"
                    legend={t('photos.consentLegend')}
                    error={errorFor('photoConsent')}
                    values={draft.photoConsent ? ['yes'] : []}
                    onChange={(values) => journey.update((d) => ({ ...d, photoConsent: values.includes('yes') }))}
                    options={[{ value: 'yes', label: t('photos.consent') }]}
                  />
                ) : null}
              </>
            ) : null}
          </>
        )}
      </FormPage>
    </JourneyGate>
  );
}
