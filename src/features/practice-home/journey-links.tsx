import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PRACTICE_JOURNEYS } from '../../platform/journeys';
import type { PracticeSettings } from '../../domain/practice/practice-settings';

/** Links to every journey this practice has switched on (and that Front Door has built). */
export function JourneyLinks({ practice, now }: { practice: PracticeSettings; now: Date }) {
  const { t } = useTranslation('practice');
  const journeys = PRACTICE_JOURNEYS.filter((journey) => journey.isOn(practice, now));
  if (journeys.length === 0) return null;
  return (
    <section aria-labelledby="journeys-heading" className="fd-journeys">
      <h2 className="nhsuk-heading-m" id="journeys-heading">
        {t('home.journeysTitle')}
      </h2>
      <ul className="nhsuk-list">
        {journeys.map((journey) => (
          <li key={journey.id} className="fd-journeys__item">
            <Link className="fd-journeys__link" to={journey.href(practice.ods)}>
              {t(`journeys.${journey.id}.title`)}
            </Link>
            <p className="fd-journeys__description">{t(`journeys.${journey.id}.description`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
