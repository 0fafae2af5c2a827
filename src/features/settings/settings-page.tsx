import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { Radios } from '../../components/radios';
import { chooseLanguage } from '../../platform/i18n';
import { formatDayAndTime } from '../../platform/i18n/format';
import { findLanguage, LANGUAGES } from '../../platform/i18n/languages';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { nhsAppNudgesOn, setNhsAppNudgesOn } from '../../platform/nhs-app/nudge-memory';
import { clearEverything } from '../../platform/device/clear-device';
import { clearCommunicationNeeds } from '../../platform/device/communication-needs';
import { isLiteMode, isSharedDevice, onDeviceSettingsChange, setLiteMode, setSharedDevice } from '../../platform/device/device-settings';
import type { RequestDraft } from '../../domain/request/draft';
import { clearDrafts, deleteDraft, listDrafts } from '../../platform/device/drafts';
import { listOutbox, onOutboxChange } from '../../platform/device/outbox';
import type { OutboxEntry } from '../../domain/request/outbox-state';
import { CommunicationNeedsSection } from './communication-needs-section';
import { LiteModeSavings } from './lite-mode-savings';

// Loaded only when a request was sent with a status key, so the app's entry names no more files.
const RequestStatus = lazy(() => import('../request').then((module) => ({ default: module.RequestStatus })));

const useDeviceSetting = (read: () => boolean) => useSyncExternalStore(onDeviceSettingsChange, read, () => false);

/**
 * `/settings`: language, lite mode, shared device, help to talk to us, NHS App reminders,
 * the outbox, saved drafts, and clear everything.
 */
export function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const { t: common } = useTranslation();
  // A language chosen offline without its words on the device waits for the connection.
  const [languageWaiting, setLanguageWaiting] = useState<string | null>(null);
  const waitingFor = languageWaiting && languageWaiting !== i18n.language ? findLanguage(languageWaiting) : null;
  const words = useDateWords();
  const lite = useDeviceSetting(isLiteMode);
  const shared = useDeviceSetting(isSharedDevice);
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);
  const [drafts, setDrafts] = useState<RequestDraft[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const [nudgesOn, setNudgesOn] = useState(nhsAppNudgesOn);

  // Device reads and writes can finish after the page has closed (the patient left
  // /settings): what they bring must not update a page that is gone.
  const open = useRef(false);
  const whileOpen =
    <T,>(update: (value: T) => void) =>
    (value: T) => {
      if (open.current) update(value);
    };

  useEffect(() => {
    open.current = true;
    const refresh = () => {
      void listOutbox().then(whileOpen(setOutbox));
      void listDrafts(new Date()).then(whileOpen(setDrafts));
    };
    refresh();
    const stopListening = onOutboxChange(refresh);
    return () => {
      open.current = false;
      stopListening();
    };
  }, []);

  const when = (iso: string) => formatDayAndTime(new Date(iso), words);
  const waiting = outbox.filter((e) => e.status === 'waiting').length;

  async function clearAll() {
    await clearEverything();
    if (!open.current) return;
    setOutbox([]);
    setDrafts([]);
    setConfirming(false);
    setCleared(true);
    // Clearing forgets the reminders choice too: show what now applies.
    setNudgesOn(nhsAppNudgesOn());
  }

  return (
    <>
      <PageHeading title={t('title')} />
      <p>{t('intro')}</p>
      {cleared ? (
        <p className="fd-notice" role="status" data-testid="cleared">
          {t('clear.done')}
        </p>
      ) : null}

      <Radios
        name="language"
        legend={t('language.legend')}
        value={findLanguage(i18n.language).code}
        onChange={(code) => void chooseLanguage(code).then(whileOpen((result) => setLanguageWaiting(result === 'when-online' ? code : null)))}
        options={LANGUAGES.map((l) => ({ value: l.code, label: l.nativeName, lang: l.code }))}
      />
      <div role="status">
        {waitingFor ? <p className="fd-notice">{common('language.notOnDevice', { language: waitingFor.nativeName })}</p> : null}
      </div>
      <Radios
        name="lite"
        legend={t('lite.legend')}
        hint={t('lite.hint')}
        inline
        value={lite ? 'on' : 'off'}
        onChange={(value) => setLiteMode(value === 'on')}
        options={[
          { value: 'on', label: t('lite.on') },
          { value: 'off', label: t('lite.off') },
        ]}
      />
      {lite ? <LiteModeSavings /> : null}
      <Radios
        name="shared"
        legend={t('shared.legend')}
        hint={t('shared.hint')}
        value={shared ? 'yes' : 'no'}
        onChange={(value) => {
          setSharedDevice(value === 'yes');
          // Choosing "shared" also removes answers and needs already saved here.
          if (value === 'yes') {
            clearCommunicationNeeds();
            void clearDrafts().then(whileOpen(() => setDrafts([])));
          }
        }}
        options={[
          { value: 'yes', label: t('shared.yes') },
          { value: 'no', label: t('shared.no') },
        ]}
      />
      <Radios
        name="nhs-app-reminders"
        legend={t('nhsAppReminders.legend')}
        hint={t('nhsAppReminders.hint')}
        inline
        value={nudgesOn ? 'on' : 'off'}
        onChange={(value) => {
          setNhsAppNudgesOn(value === 'on');
          setNudgesOn(nhsAppNudgesOn());
        }}
        options={[
          { value: 'on', label: t('nhsAppReminders.on') },
          { value: 'off', label: t('nhsAppReminders.off') },
        ]}
      />

      <CommunicationNeedsSection shared={shared} />

      <h2 className="nhsuk-heading-m">{t('outbox.title')}</h2>
      {outbox.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <ul className="nhsuk-list" data-testid="outbox">
          {outbox.map((entry) => (
            <li key={entry.id} data-status={entry.status}>
              <strong>{t(`outbox.${entry.kind}`)}</strong>: {t(`outbox.${entry.status}`)}.{' '}
              {entry.status === 'sent' ? (
                <>
                  {t('outbox.reference', { reference: entry.reference })} {t('outbox.sentAt', { when: when(entry.sentAt) })}
                </>
              ) : (
                t('outbox.queuedAt', { when: when(entry.queuedAt) })
              )}{' '}
              <Link to={`/${entry.ods}/request/sent/${entry.id}`}>{t('outbox.open')}</Link>
              {entry.status === 'sent' && entry.statusKey ? (
                <Suspense fallback={null}>
                  <RequestStatus entry={entry} />
                </Suspense>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h2 className="nhsuk-heading-m">{t('drafts.title')}</h2>
      <p className="nhsuk-hint">{t('drafts.hint')}</p>
      {drafts.filter((d) => !d.submittedAt).length === 0 ? (
        <p>{t('drafts.empty')}</p>
      ) : (
        <ul className="nhsuk-list" data-testid="drafts">
          {drafts
            .filter((d) => !d.submittedAt)
            .map((draft) => (
              <li key={draft.id}>
                {t('drafts.item', { when: when(draft.createdAt) })}{' '}
                <Link to={`/${draft.ods}/request`}>{t('drafts.continue')}</Link>{' '}
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  onClick={() => void deleteDraft(draft.id).then(whileOpen(() => setDrafts((all) => all.filter((d) => d.id !== draft.id))))}
                >
                  {t('drafts.delete')}
                </button>
              </li>
            ))}
        </ul>
      )}

      <h2 className="nhsuk-heading-m">{t('clear.title')}</h2>
      <p>{t('clear.body')}</p>
      {confirming ? (
        <div role="group" aria-labelledby="confirm-clear">
          <h3 className="nhsuk-heading-s" id="confirm-clear">
            {t('clear.confirmTitle')}
          </h3>
          {waiting > 0 ? <p>{t('clear.waitingWarning', { count: waiting })}</p> : null}
          <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={() => void clearAll()}>
            {t('clear.confirm')}
          </button>{' '}
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setConfirming(false)}>
            {t('clear.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setConfirming(true)}>
          {t('clear.button')}
        </button>
      )}
    </>
  );
}
