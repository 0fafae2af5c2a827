import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { ApiError } from '../../platform/api/client';
import { CAMPAIGN_MAX_LENGTH, campaignProblem, CHANNELS, isChannel, registrationLink, type Channel } from '../../domain/nhs-app/registration-link';
import { usePractice } from '../../platform/practice/use-practice';
import { CountsSection } from './counts-section';
import { EmbedSnippet } from './embed-snippet';
import { LinkOutput } from './link-output';
import './staff.scss';

// The text message and the poster load when their channel is chosen: the QR code
// library and the callout styles are only paid for when they are needed.
const SmsText = lazy(async () => ({ default: (await import('./sms-text')).SmsText }));
const Poster = lazy(async () => ({ default: (await import('./poster')).Poster }));

/**
 * `/:ods/staff`: tools for practice staff to help patients onto the NHS App. It holds no
 * patient data and shows only aggregate counts, so it has no login (yet): anyone with
 * the link sees the same page.
 */
export function StaffPage() {
  const { t } = useTranslation('staff');
  const { ods, isOdsCode, settings: practice } = usePractice();
  const [channel, setChannel] = useState<Channel | undefined>();
  const [campaign, setCampaign] = useState('');

  if (!isOdsCode || (practice.error instanceof ApiError && practice.error.status === 404)) {
    return (
      <>
        <PageHeading title={t('notFound.title')} />
        <p>{t('notFound.body', { ods })}</p>
      </>
    );
  }
  if (!practice.data && !practice.isError) return <LoadingPage />;
  const practiceName = practice.data?.name ?? ods;

  const problem = campaignProblem(campaign);
  const link = channel && !problem ? registrationLink(location.origin, ods, channel, campaign) : null;

  return (
    <div className="fd-staff">
      <PageHeading title={t('title')} caption={t('caption', { practice: practiceName })} />
      <p className="fd-staff__privacy" data-testid="staff-privacy">
        {t('privacy')}
      </p>

      <section aria-labelledby="link-title" className="fd-staff__section">
        <h2 className="nhsuk-heading-m" id="link-title">
          {t('link.title')}
        </h2>
        <Radios
          name="channel"
          legend={t('link.channel')}
          value={channel}
          onChange={(value) => setChannel(isChannel(value) ? value : undefined)}
          options={CHANNELS.map((c) => ({ value: c, label: t(`link.channels.${c}`) }))}
        />
        <TextInput
          id="campaign"
          name="campaign"
          label={t('link.campaign')}
          hint={t('link.campaignHint')}
          value={campaign}
          onChange={setCampaign}
          error={problem === 'too-long' ? t('link.campaignTooLong') : problem === 'characters' ? t('link.campaignCharacters') : null}
          width="20"
          spellCheck={false}
          autoComplete="off"
          maxLength={CAMPAIGN_MAX_LENGTH + 10}
        />
        {channel && problem ? <p>{t('link.fixCampaign')}</p> : null}
        {link ? <LinkOutput link={link} shareTitle={t('poster.heading')} /> : null}
        {link && (channel === 'email' || channel === 'reception' || channel === 'website') ? <p>{t(`other.${channel}`)}</p> : null}
      </section>

      <Suspense fallback={null}>
        {link && channel === 'sms' ? <SmsText link={link} practiceName={practiceName} /> : null}
        {link && channel === 'poster' ? <Poster link={link} practiceName={practiceName} /> : null}
      </Suspense>

      <CountsSection ods={ods} />

      {/* Journey 8's embed snippet generator: its own section, filled in by the embedding work. */}
      <EmbedSnippet />
    </div>
  );
}
