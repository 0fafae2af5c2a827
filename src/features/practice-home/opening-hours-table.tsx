import { useTranslation } from 'react-i18next';
import type { WeekHours } from '../../lib/schemas/practice-settings';
import { formatClockTime, weekdayName } from '../../lib/i18n/format';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function OpeningHoursTable({ hours }: { hours: WeekHours }) {
  const { t, i18n } = useTranslation('practice');
  return (
    <table className="fd-table">
      <caption>{t('home.hours.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('home.hours.day')}</th>
          <th scope="col">{t('home.hours.times')}</th>
        </tr>
      </thead>
      <tbody>
        {DAYS.map((day, index) => (
          <tr key={day}>
            <th scope="row">
              {weekdayName(index, i18n.language)}
            </th>
            <td>
              {hours[day].length === 0
                ? t('home.hours.closed')
                : hours[day]
                    .map((w) =>
                      t('home.hours.window', {
                        open: formatClockTime(w.open, i18n.language),
                        close: formatClockTime(w.close, i18n.language),
                      }),
                    )
                    .join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
