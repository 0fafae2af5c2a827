import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { groupSlotsByLondonDay, type Slot } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { appointmentWhen, slotDay, slotTime } from './when';
import '../../components/booking/booking.scss';

const DAYS_AT_A_TIME = 5;

/**
 * Free times by London day, the next free one first and on its own, so most patients
 * book with one tap. Each time is a link (`?…&slot=id`): keyboard and switch users
 * move through them like any link, and Back returns here.
 */
export function SlotPicker({ slots, now, linkFor, disabled }: { slots: Slot[]; now: Date; linkFor: (slotId: string) => string; disabled: boolean }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  const [shownDays, setShownDays] = useState(DAYS_AT_A_TIME);
  const days = groupSlotsByLondonDay(slots, now);
  const next = days[0]?.slots[0]?.slot;
  if (!next) return <p>{t('slots.none')}</p>;

  // Offline the times are still shown (the patient can plan) but cannot be chosen.
  const timeLink = (slot: Slot, text: string, hidden?: string) =>
    disabled ? (
      <span>{text}</span>
    ) : (
      <Link to={linkFor(slot.id)} data-slot={slot.id}>
        {text}
        {hidden ? <span className="nhsuk-u-visually-hidden"> {hidden}</span> : null}
      </Link>
    );

  return (
    <>
      <h2 className="nhsuk-heading-m">{t('slots.nextFree')}</h2>
      <p className="nhsuk-body-l">
        {disabled ? (
          appointmentWhen(next.start, words)
        ) : (
          <Link className="nhsuk-button" to={linkFor(next.id)} data-slot={next.id} data-testid="next-free-slot">
            {t('slots.bookNext', { when: appointmentWhen(next.start, words) })}
          </Link>
        )}
      </p>
      <h2 className="nhsuk-heading-m">{t('slots.byDay')}</h2>
      {days.slice(0, shownDays).map((day) => (
        <section className="fd-slot-day" key={day.date} aria-labelledby={`day-${day.date}`}>
          <h3 className="nhsuk-heading-s" id={`day-${day.date}`}>
            {slotDay(day.slots[0]!.slot.start, words)}
          </h3>
          <ul className="fd-slot-list">
            {day.slots.map(({ slot }) => (
              <li key={slot.id}>{timeLink(slot, slotTime(slot.start, words), t('slots.chooseHidden', { day: slotDay(slot.start, words) }))}</li>
            ))}
          </ul>
        </section>
      ))}
      {days.length > shownDays ? (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setShownDays((n) => n + DAYS_AT_A_TIME)}>
          {t('slots.showMore')}
        </button>
      ) : null}
    </>
  );
}
