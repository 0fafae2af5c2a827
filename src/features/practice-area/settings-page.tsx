import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import type { PracticeSettings } from '../../domain/practice/practice-settings';
import { ApiError } from '../../platform/api/client';
import { practiceAreaKeys } from './api/keys';
import { saveSettings, settingsQuery } from './api/settings';
import type { SettingsDocument } from './api/types';
import { actionProblem } from './model/action-problem';
import { draftFromSettings, settingsFromDraft, type SettingsDraft } from './model/settings-draft';
import { firstProblemPerField, problemsFromOutcome, problemsInSettings, SETTINGS_FORM_ID, type SettingsProblem } from './model/settings-problems';
import { staffTime } from './model/staff-time';
import { SessionFrame } from './session-frame';
import { SettingsClosures } from './settings-closures';
import { SettingsHours } from './settings-hours';

type Notice = 'saved' | 'conflict' | null;

function SettingsHistory({ document }: { document: SettingsDocument }) {
  const { t, i18n } = useTranslation('practice-area');
  return (
    <section aria-labelledby="history-title" className="nhsuk-u-margin-top-7">
      <h2 className="nhsuk-heading-m" id="history-title">
        {t('settings.history.title')}
      </h2>
      <div className="fd-practice-area__table-scroll">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{t('settings.history.title')}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                {t('settings.history.version')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t('settings.history.by')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t('settings.history.at')}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {t('settings.history.changed')}
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {document.history.map((change) => (
              <tr key={change.version} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">{change.version}</td>
                <td className="nhsuk-table__cell">{change.by}</td>
                <td className="nhsuk-table__cell">{staffTime(change.at, i18n.language)}</td>
                <td className="nhsuk-table__cell">{change.changed.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SettingsForm({ document }: { document: SettingsDocument }) {
  const { t } = useTranslation('practice-area');
  const queryClient = useQueryClient();
  // Untouched, the form shows the latest saved settings; once edited, the edits are kept
  // (through a failed save, and through someone else's save) until saved or discarded.
  const [edited, setEdited] = useState<SettingsDraft | null>(null);
  const draft = edited ?? draftFromSettings(document.settings);
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const update = (change: Partial<SettingsDraft>) => setEdited({ ...draft, ...change });

  const shown = firstProblemPerField(problems);
  const messageOf = (p: SettingsProblem) => p.text ?? t(`settings.problems.${p.kind}`);
  const errorFor = (field: string) => {
    const problem = shown.find((p) => p.field === field);
    return problem ? messageOf(problem) : null;
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const candidate = settingsFromDraft(draft, document.settings);
    const found = problemsInSettings(candidate);
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    try {
      const saved = await saveSettings(candidate as PracticeSettings, document.version);
      queryClient.setQueryData(practiceAreaKeys.settings(), saved);
      setEdited(null);
      setNotice('saved');
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) setProblems(problemsFromOutcome(error.issues));
      else if (error instanceof ApiError && error.status === 412) {
        // Someone else saved first: fetch theirs (the next save goes over it), keep what was typed.
        setEdited(draft);
        setNotice('conflict');
        await queryClient.invalidateQueries({ queryKey: practiceAreaKeys.settings() });
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={shown.map((p) => ({ href: `#${p.field}`, text: messageOf(p) }))} />
      <PageHeading title={t('settings.title')} />
      {notice === 'saved' ? (
        <p className="nhsuk-inset-text" role="status">
          {t('settings.saved', { version: document.version })}
        </p>
      ) : null}
      {notice === 'conflict' ? (
        <div className="nhsuk-inset-text" role="alert">
          <p>{t('settings.conflict')}</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            onClick={() => {
              setEdited(null);
              setProblems([]);
              setNotice(null);
            }}
          >
            {t('settings.discard')}
          </button>
        </div>
      ) : null}
      {failure ? <p role="alert">{t(`actionProblems.${actionProblem(failure).problem}`)}</p> : null}
      <p>{t('settings.intro', { version: document.version })}</p>
      <form id={SETTINGS_FORM_ID} onSubmit={(event) => void save(event)} noValidate>
        <SettingsHours hours={draft.openingHours} onChange={(openingHours) => update({ openingHours })} errorFor={errorFor} />
        <SettingsClosures closures={draft.closures} onChange={(closures) => update({ closures })} errorFor={errorFor} />
        <h2 className="nhsuk-heading-m">{t('settings.services.title')}</h2>
        <Checkboxes
          name="requestTypes"
          legend={t('settings.services.requestTypes')}
          hint={t('settings.services.requestTypesHint')}
          error={errorFor('requestTypes')}
          values={(['medical', 'admin'] as const).filter((k) => draft.requestTypes[k])}
          onChange={(values) => update({ requestTypes: { medical: values.includes('medical'), admin: values.includes('admin') } })}
          options={[
            { value: 'medical', label: t('kind.medical') },
            { value: 'admin', label: t('kind.admin') },
          ]}
        />
        <Checkboxes
          name="journeys"
          legend={t('settings.services.journeys')}
          error={errorFor('journeys')}
          values={(['requests', 'appointments', 'nhsApp'] as const).filter((k) => draft.journeys[k])}
          onChange={(values) => update({ journeys: { requests: values.includes('requests'), appointments: values.includes('appointments'), nhsApp: values.includes('nhsApp') } })}
          options={[
            { value: 'requests', label: t('settings.services.requests') },
            { value: 'appointments', label: t('settings.services.appointments') },
            { value: 'nhsApp', label: t('settings.services.nhsApp') },
          ]}
        />
        <TextInput
          id="replyWithinWorkingDays"
          name="replyWithinWorkingDays"
          label={t('settings.replyDays')}
          hint={t('settings.replyDaysHint')}
          value={draft.replyWithinWorkingDays}
          onChange={(replyWithinWorkingDays) => update({ replyWithinWorkingDays })}
          error={errorFor('replyWithinWorkingDays')}
          inputMode="numeric"
          width="2"
        />
        <Textarea
          id="allowedOrigins"
          name="allowedOrigins"
          label={t('settings.origins')}
          hint={t('settings.originsHint')}
          value={draft.allowedOrigins}
          onChange={(allowedOrigins) => update({ allowedOrigins })}
          error={errorFor('allowedOrigins')}
          maxLength={2000}
          rows={3}
        />
        <button type="submit" className="nhsuk-button" disabled={saving}>
          {t('settings.save')}
        </button>
      </form>
      <SettingsHistory document={document} />
    </>
  );
}

function SettingsLoader() {
  const { t } = useTranslation('practice-area');
  const settings = useQuery(settingsQuery());
  if (settings.data) return <SettingsForm document={settings.data} />;
  if (settings.isError) return <p role="alert">{t('settings.unavailable')}</p>;
  return <LoadingPage />;
}

/** `/practice/settings`: the practice admin edits the practice's settings; every save is versioned. */
export function SettingsPage() {
  const { t } = useTranslation('practice-area');
  return (
    <SessionFrame adminOnly title={t('settings.title')}>
      {() => <SettingsLoader />}
    </SessionFrame>
  );
}
