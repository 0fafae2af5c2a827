import { useTranslation } from 'react-i18next';
import { NetworkError } from '../../platform/api/client';
import { useOnline } from '../../platform/device/online';
import { formatDayAndTime } from '../../platform/i18n/format';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { CHANNELS } from '../../domain/nhs-app/registration-link';
import { NUDGE_PLACEMENTS } from '../../domain/nhs-app/nudge-rules';
import { NUDGE_ACTIONS } from '../../domain/nhs-app/count-events';
import { useNhsAppCounts } from './api/nhs-app-counts-query';

/** Aggregate counts: link opens per channel (and campaign), and the nudges. */
export function CountsSection({ ods }: { ods: string }) {
  const { t } = useTranslation('staff');
  const words = useDateWords();
  const online = useOnline();
  const counts = useNhsAppCounts(ods);

  return (
    <section aria-labelledby="counts-title" className="fd-staff__section" data-testid="counts">
      <h2 className="nhsuk-heading-m" id="counts-title">
        {t('counts.title')}
      </h2>
      {counts.data ? (
        <>
          <p>{t('counts.since', { when: formatDayAndTime(new Date(counts.data.since), words) })}</p>
          <table className="fd-table" data-testid="opens-by-channel">
            <caption>{t('counts.opensCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('counts.channel')}</th>
                <th scope="col">{t('counts.opens')}</th>
              </tr>
            </thead>
            <tbody>
              {CHANNELS.map((channel) => (
                <tr key={channel} data-channel={channel}>
                  <th scope="row">{t(`link.channels.${channel}`)}</th>
                  <td>{counts.data.linkOpens[channel]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {counts.data.campaigns.length > 0 ? (
            <table className="fd-table" data-testid="opens-by-campaign">
              <caption>{t('counts.campaignsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('counts.campaign')}</th>
                  <th scope="col">{t('counts.channel')}</th>
                  <th scope="col">{t('counts.opens')}</th>
                </tr>
              </thead>
              <tbody>
                {counts.data.campaigns.map((row) => (
                  <tr key={`${row.channel}:${row.campaign}`}>
                    <th scope="row" dir="ltr">
                      {row.campaign}
                    </th>
                    <td>{t(`link.channels.${row.channel}`)}</td>
                    <td>{row.opens}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <table className="fd-table" data-testid="nudges">
            <caption>{t('counts.nudgesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('counts.placement')}</th>
                {NUDGE_ACTIONS.map((action) => (
                  <th scope="col" key={action}>
                    {t(`counts.${action}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {NUDGE_PLACEMENTS.map((placement) => (
                <tr key={placement} data-placement={placement}>
                  <th scope="row">{t(`counts.placements.${placement}`)}</th>
                  {NUDGE_ACTIONS.map((action) => (
                    <td key={action}>{counts.data.nudges[placement][action]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : counts.isError ? (
        <p>{!online || counts.error instanceof NetworkError ? t('counts.offline') : t('counts.failed')}</p>
      ) : (
        <p>{t('counts.loading')}</p>
      )}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => void counts.refetch()}
      >
        {t('counts.refresh')}
      </button>
    </section>
  );
}
