import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeService, type HealthcareService } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { appointmentWhen } from '../booking';
import '../../components/booking/booking.scss';

/** The services the GP chose: how far, how long the usual wait, the earliest time, how to get in. */
export function Shortlist({ services, linkFor, disabled }: { services: HealthcareService[]; linkFor: (id: string) => string; disabled: boolean }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  return (
    <ul className="nhsuk-list" data-testid="shortlist">
      {services.map((service) => {
        const s = describeService(service);
        return (
          <li className="fd-service" key={s.id}>
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
              {s.name}
              {s.provider ? <span className="nhsuk-caption-m">{s.provider}</span> : null}
            </h3>
            <p className="nhsuk-u-margin-bottom-2">{s.addressLines.join(', ')}</p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {s.distanceMiles !== undefined ? <li>{t('shortlist.distance', { miles: s.distanceMiles.toFixed(1) })}</li> : null}
              {s.typicalWaitWeeks !== undefined ? <li>{t('shortlist.wait', { count: s.typicalWaitWeeks })}</li> : null}
              <li>{s.nextFreeSlot ? t('shortlist.nextFree', { when: appointmentWhen(s.nextFreeSlot, words) }) : t('shortlist.noneFree')}</li>
              {s.accessNotes ? (
                <li>
                  {t('shortlist.accessNotes')}: {s.accessNotes}
                </li>
              ) : null}
            </ul>
            {s.nextFreeSlot && !disabled ? <Link to={linkFor(s.id)}>{t('shortlist.choose', { name: s.name })}</Link> : null}
          </li>
        );
      })}
    </ul>
  );
}
