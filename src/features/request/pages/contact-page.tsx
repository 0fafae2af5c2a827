import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../../components/checkboxes';
import { Radios } from '../../../components/radios';
import { TextInput } from '../../../components/text-input';
import { CONTACT_METHODS, CONTACT_TIMES } from '../../../domain/request/request-types';
import { FormPage, JourneyGate, useJourney } from '../components/journey';

/** `/:ods/request/contact`: how and when to get in touch, and whether a message may be left. */
export function RequestContactPage() {
  const { t } = useTranslation('request');
  const journey = useJourney('contact');
  const them = journey.draft?.forWho !== 'me' && journey.draft?.replyTo === 'patient';
  return (
    <JourneyGate journey={journey}>
      <FormPage journey={journey} step="contact" title={them ? t('contact.titleThem') : t('contact.title')}>
        {(draft, errorFor) => {
          const patch = (part: Partial<typeof draft.contact>) => journey.update((d) => ({ ...d, contact: { ...d.contact, ...part } }));
          const { methods } = draft.contact;
          return (
            <>
              <Checkboxes
                name="methods"
                legend={t('contact.methods')}
                hint={t('contact.methodsHint')}
                error={errorFor('methods')}
                values={methods}
                onChange={(next) => patch({ methods: next })}
                options={CONTACT_METHODS.map((value) => ({ value, label: t(`contact.method.${value}`) }))}
              />
              {methods.includes('phone') || methods.includes('text') ? (
                <TextInput
                  id="phone"
                  name="phone"
                  type="tel"
                  label={t('contact.phone')}
                  hint={t('contact.phoneHint')}
                  autoComplete="tel"
                  width="20"
                  dir="ltr"
                  error={errorFor('phone')}
                  value={draft.contact.phone}
                  onChange={(phone) => patch({ phone })}
                />
              ) : null}
              {methods.includes('email') ? (
                <TextInput
                  id="email"
                  name="email"
                  type="email"
                  label={t('contact.email')}
                  autoComplete="email"
                  spellCheck={false}
                  dir="ltr"
                  error={errorFor('email')}
                  value={draft.contact.email}
                  onChange={(email) => patch({ email })}
                />
              ) : null}
              {methods.includes('phone') ? (
                <>
                  <Checkboxes
                    name="times"
                    legend={t('contact.times')}
                    error={errorFor('times')}
                    values={draft.contact.times}
                    onChange={(times) => patch({ times })}
                    options={CONTACT_TIMES.map((value) => ({ value, label: t(`contact.time.${value}`), ...(value === 'any' ? { exclusive: true } : {}) }))}
                  />
                  <Radios
                    name="leaveMessage"
                    legend={t('contact.leaveMessage')}
                    error={errorFor('leaveMessage')}
                    inline
                    value={draft.contact.leaveMessage}
                    onChange={(leaveMessage) => patch({ leaveMessage: leaveMessage as 'yes' | 'no' })}
                    options={[
                      { value: 'yes', label: t('contact.yes') },
                      { value: 'no', label: t('contact.no') },
                    ]}
                  />
                </>
              ) : null}
            </>
          );
        }}
      </FormPage>
    </JourneyGate>
  );
}
