import { useTranslation } from 'react-i18next';
import { NhsAppNudge } from '../../components/nhs-app-nudge';
import { InstallOffer } from '../../components/install-offer';
import { PageHeading } from '../../components/page-heading';
import { onlineRequestsNow, practiceIsOpenNow } from '../../domain/availability/opening-hours';
import type { PracticeSettings } from '../../domain/practice/practice-settings';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { useFullToday } from '../../platform/practice/capacity-query';
import { doorsText, onlineRequestsText } from './availability-text';
import { JourneyLinks } from './journey-links';
import { OpeningHoursTable } from './opening-hours-table';

export function PracticeDetails({ practice, now }: { practice: PracticeSettings; now: Date }) {
  const { t } = useTranslation('practice');
  const words = useDateWords();
  const doors = practiceIsOpenNow(practice, now);
  const full = useFullToday(practice.ods, now);
  const medical = onlineRequestsNow(practice, 'medical', now, full.medical);
  const admin = onlineRequestsNow(practice, 'admin', now, full.admin);
  const medicalText = onlineRequestsText(t, medical, now, words);
  const adminText = onlineRequestsText(t, admin, now, words);
  const requestsOpen = medical.state === 'open' || admin.state === 'open';
  // The practice's own words for why: a closure, or online requests switched off with a recorded reason.
  const notice =
    medical.state === 'closed' && medical.reason === 'closure'
      ? { label: t('home.requests.closureNotice'), text: medical.closureReason }
      : medical.state === 'closed' && medical.reason === 'switched-off' && medical.offReason
        ? { label: t('home.requests.offReasonNotice'), text: medical.offReason }
        : null;

  return (
    <>
      <PageHeading title={practice.name} />
      <address className="fd-address">
        {/* The practice writes its address in English: kept in its own order in RTL pages. */}
        <bdi>
          {[...practice.address.lines, practice.address.town].join(', ')}, <span dir="ltr">{practice.address.postcode}</span>
        </bdi>
      </address>
      <p>
        {t('home.phone')}{' '}
        <a href={`tel:${practice.phone.replace(/\s/g, '')}`} dir="ltr">
          {practice.phone}
        </a>
      </p>

      <div
        className={`fd-status ${requestsOpen ? 'fd-status--open' : 'fd-status--closed'}`}
        data-testid="requests-status"
        data-state={requestsOpen ? 'open' : 'closed'}
      >
        <div>
          <h2 className="nhsuk-heading-m">{t('home.requests.title')}</h2>
          {notice ? (
            <p className="fd-status__closure" data-testid="requests-notice">
              <strong>{notice.label}</strong> <bdi>{notice.text}</bdi>
            </p>
          ) : null}
          {medicalText === adminText ? (
            <p>{medicalText}</p>
          ) : (
            <ul className="nhsuk-list">
              <li>
                <strong>{t('home.requests.medical')}</strong> {medicalText}
              </li>
              <li>
                <strong>{t('home.requests.admin')}</strong> {adminText}
              </li>
            </ul>
          )}
          {requestsOpen || practice.journeys.requests ? (
            <p>
              {practice.replyWithinWorkingDays === 0
                ? t('home.replySameDay')
                : t('home.replyWithin', { count: practice.replyWithinWorkingDays })}
            </p>
          ) : null}
          {!requestsOpen ? <p>{t('home.requests.meanwhile')}</p> : null}
        </div>
      </div>

      <JourneyLinks practice={practice} now={now} />
      <NhsAppNudge ods={practice.ods} placement="practice-home" />
      <InstallOffer />

      <p data-testid="doors-status">{doorsText(t, doors, now, words)}</p>
      <OpeningHoursTable hours={practice.openingHours} />
      <p className="nhsuk-body-s">{t('home.hours.bankHolidays')}</p>
    </>
  );
}
