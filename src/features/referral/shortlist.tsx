import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SummaryList, type SummaryRow } from '../../components/summary-list';
import { describeService, type HealthcareService } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { appointmentWhen } from '../booking';
import '../../components/booking/booking.scss';

/**
 * The services the GP chose. Each fact has its own label, so the earliest free time now
 * ("tomorrow") is never mistaken for the usual wait ("about 6 weeks"), or the other way.
 */
export function Shortlist({ services, linkFor, disabled }: { services: HealthcareService[]; linkFor: (service: HealthcareService) => string; disabled: boolean }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  return (
    <ul className="nhsuk-list" data-testid="shortlist">
      {services.map((service) => {
        const s = describeService(service);
        const rows: SummaryRow[] = [];
        if (s.distanceMiles !== undefined) rows.push({ key: t('shortlist.distanceKey'), value: t('shortlist.distance', { miles: s.distanceMiles.toFixed(1) }) });
        rows.push({ key: t('shortlist.earliestKey'), value: s.nextFreeSlot ? appointmentWhen(s.nextFreeSlot, words) : t('shortlist.noneFree') });
        if (s.typicalWaitWeeks !== undefined) rows.push({ key: t('shortlist.usualWaitKey'), value: t('shortlist.usualWait', { count: s.typicalWaitWeeks }) });
        if (s.accessNotes) rows.push({ key: t('shortlist.accessNotes'), value: s.accessNotes });
        return (
          <li className="fd-service" key={s.id}>
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
              {s.name}
              {s.provider ? <span className="nhsuk-caption-m">{s.provider}</span> : null}
            </h3>
            <p className="nhsuk-u-margin-bottom-2">{s.addressLines.join(', ')}</p>
            <SummaryList rows={rows} />
            {s.nextFreeSlot && !disabled ? <Link to={linkFor(service)}>{t('shortlist.choose', { name: s.name })}</Link> : null}
          </li>
        );
      })}
    </ul>
  );
}
