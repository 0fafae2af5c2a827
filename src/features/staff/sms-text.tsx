import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WarningCallout } from '../../components/callouts';
import { Textarea } from '../../components/textarea';
import { countSms, isGsm7 } from '../../domain/sms/segments';
import { copyText } from './copy-text';

/** A text message with the link, and a live count of the messages it will take. */
export function SmsText({ link, practiceName }: { link: string; practiceName: string }) {
  const { t } = useTranslation('staff');
  const [text, setText] = useState(() => t('sms.default', { practice: practiceName, link }));
  const [seenLink, setSeenLink] = useState(link);
  const [message, setMessage] = useState('');
  if (seenLink !== link) {
    // A new campaign or channel: swap the old link in the text for the new one.
    setSeenLink(link);
    setText(text.split(seenLink).join(link));
  }
  const count = countSms(text);
  const announced = useDeferredValue(count.segments);
  const special = [...new Set([...text].filter((char) => !isGsm7(char)))].join(' ');

  return (
    <section aria-labelledby="sms-title" className="fd-staff__section">
      <h2 className="nhsuk-heading-m" id="sms-title">
        {t('sms.title')}
      </h2>
      <Textarea
        id="sms-text"
        name="smsText"
        label={t('sms.label')}
        hint={t('sms.hint')}
        value={text}
        onChange={setText}
        maxLength={160}
        rows={4}
      />
      <p className="fd-sms-count" data-testid="sms-count" data-segments={count.segments} data-encoding={count.encoding}>
        {count.segments === 0
          ? t('sms.empty')
          : t('sms.count', { count: count.segments, encoding: count.encoding, units: count.units, limit: count.perSegment })}
      </p>
      <p className="nhsuk-u-visually-hidden" aria-live="polite">
        {announced > 1 ? t('sms.tooLong', { count: announced }) : ''}
      </p>
      {count.segments > 1 ? (
        <WarningCallout heading={t('sms.tooLongTitle')}>
          <p>{t('sms.tooLong', { count: count.segments })}</p>
          {count.encoding === 'UCS-2' ? <p>{t('sms.specialCharacters', { characters: special })}</p> : null}
        </WarningCallout>
      ) : null}
      <div className="fd-button-row">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => void copyText(text).then((ok) => setMessage(t(ok ? 'link.copied' : 'link.copyFailed')))}
        >
          {t('sms.copy')}
        </button>
      </div>
      <p className="fd-copy-status" role="status">
        {message}
      </p>
    </section>
  );
}
