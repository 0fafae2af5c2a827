import { useTranslation } from 'react-i18next';
import type { WeekHours } from '../../domain/practice/practice-settings';
import { formatClockTime, weekdaysFromMonday } from '../../platform/i18n/format';
import { useDateWords } from '../../platform/i18n/use-date-words';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function OpeningHoursTable({ hours }: { hours: WeekHours }) {
  const { t } = useTranslation('practice');
  const words = useDateWords();
  const dayNames = weekdaysFromMonday(words);
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
              {dayNames[index]}
            </th>
            <td>
              {hours[day].length === 0
                ? t('home.hours.closed')
                : hours[day]
                    .map((w) =>
                      t('home.hours.window', {
                        open: formatClockTime(w.open, words),
                        close: formatClockTime(w.close, words),
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
