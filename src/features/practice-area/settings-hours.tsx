import { useTranslation } from 'react-i18next';
import { Fieldset } from '../../components/fieldset';
import { TextInput } from '../../components/text-input';
import type { WeekHours } from '../../domain/practice/practice-settings';
import { DAYS, type Day } from './model/settings-draft';

interface Props {
  hours: WeekHours;
  onChange: (hours: WeekHours) => void;
  errorFor: (field: string) => string | null;
}

/** Opening hours, day by day: any number of windows (none is closed all day). */
export function SettingsHours({ hours, onChange, errorFor }: Props) {
  const { t } = useTranslation('practice-area');
  const setDay = (day: Day, windows: WeekHours[Day]) => onChange({ ...hours, [day]: windows });
  return (
    <section aria-labelledby="hours-title">
      <h2 className="nhsuk-heading-m" id="hours-title">
        {t('settings.hours.title')}
      </h2>
      <p>{t('settings.hours.intro')}</p>
      {DAYS.map((day) => (
        <Fieldset key={day} id={`hours-${day}`} legend={t(`days.${day}`)} error={errorFor(`hours-${day}-add`)}>
          {hours[day].length === 0 ? <p>{t('settings.hours.closed')}</p> : null}
          {hours[day].map((window, index) => (
            <div key={index} className="fd-practice-area__actions">
              <TextInput
                id={`hours-${day}-${index}-open`}
                name={`hours-${day}-${index}-open`}
                label={t('settings.hours.opens', { day: t(`days.${day}`), number: index + 1 })}
                hint={index === 0 ? t('settings.hours.timeHint') : undefined}
                value={window.open}
                onChange={(open) => setDay(day, hours[day].map((w, i) => (i === index ? { ...w, open } : w)))}
                error={errorFor(`hours-${day}-${index}-open`)}
                width="5"
                dir="ltr"
              />
              <TextInput
                id={`hours-${day}-${index}-close`}
                name={`hours-${day}-${index}-close`}
                label={t('settings.hours.closes', { day: t(`days.${day}`), number: index + 1 })}
                value={window.close}
                onChange={(close) => setDay(day, hours[day].map((w, i) => (i === index ? { ...w, close } : w)))}
                error={errorFor(`hours-${day}-${index}-close`)}
                width="5"
                dir="ltr"
              />
              <button type="button" className="fd-link-button" onClick={() => setDay(day, hours[day].filter((_, i) => i !== index))}>
                {t('settings.hours.remove')}
                <span className="nhsuk-u-visually-hidden"> {t('settings.hours.opens', { day: t(`days.${day}`), number: index + 1 })}</span>
              </button>
            </div>
          ))}
          <button type="button" id={`hours-${day}-add`} className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setDay(day, [...hours[day], { open: '08:00', close: '18:30' }])}>
            {t('settings.hours.add', { day: t(`days.${day}`) })}
          </button>
        </Fieldset>
      ))}
    </section>
  );
}
