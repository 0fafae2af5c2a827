import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeService, type HealthcareService } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { appointmentWhen } from '../booking';
import '../../components/booking/booking.scss';

/** The practice's kinds of appointment (phone, video, face to face), each a link `?type=…`. */
export function AppointmentTypes({ services, linkFor, disabled }: { services: HealthcareService[]; linkFor: (service: HealthcareService) => string; disabled: boolean }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  return (
    <ul className="nhsuk-list" aria-label={t('practice.typeList')}>
      {services.map((service) => {
        const s = describeService(service);
        if (!s.contactMode) return null;
        return (
          <li className="fd-service" key={s.id}>
            <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
              {s.nextFreeSlot && !disabled ? <Link to={linkFor(service)}>{t(`practice.types.${s.contactMode}`)}</Link> : t(`practice.types.${s.contactMode}`)}
            </h2>
            <p className="nhsuk-u-margin-bottom-2">{t(`practice.typeHints.${s.contactMode}`)}</p>
            <p>{s.nextFreeSlot ? t('shortlist.nextFree', { when: appointmentWhen(s.nextFreeSlot, words) }) : t('shortlist.noneFree')}</p>
          </li>
        );
      })}
    </ul>
  );
}

export const serviceOfType = (value: string, services: readonly HealthcareService[]) => services.find((s) => describeService(s).contactMode === value);
export const typeOfService = (service: HealthcareService) => describeService(service).contactMode ?? service.id;
