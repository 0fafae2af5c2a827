import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InsetText } from '../../components/callouts';
import { LinkedText } from '../../components/linked-text';
import { PageHeading } from '../../components/page-heading';
import { ApiError } from '../../platform/api/client';
import { deviceKind } from '../../domain/nhs-app/device';
import { registrationLink } from '../../domain/nhs-app/registration-link';
import { usePractice } from '../../platform/practice/use-practice';
import { href } from '../../platform/routes';
import { CarryOnOnPhone } from './carry-on-on-phone';
import { useCountLinkOpen } from './count-link-open';
import { IdentityLevels } from './identity-levels';
import { NoPhotoId } from './no-photo-id';
import { StoreLinks } from './store-links';
import './nhs-app-guide.scss';

/**
 * `/:ods/nhs-app`: how to get the NHS App and sign up with NHS login, in plain words.
 * Everything but the practice's own details is in the page itself, so it works offline
 * even when the practice's details were never saved on this device.
 */
export function NhsAppGuidePage() {
  const { t } = useTranslation('nhs-app');
  const { ods, isOdsCode: validOds, settings: practice } = usePractice();
  useCountLinkOpen(validOds ? ods : '');
  const [device] = useState(() => deviceKind(navigator.userAgent, navigator.maxTouchPoints));

  if (!validOds || (practice.error instanceof ApiError && practice.error.status === 404)) {
    return (
      <>
        <PageHeading title={t('notFound.title')} />
        <p>{t('notFound.body', { ods })}</p>
        <p>
          <Link to={href.findPractice()}>{t('notFound.findPractice')}</Link>
        </p>
      </>
    );
  }

  const name = practice.data?.name;
  const phone = practice.data?.phone;
  const thisPage = registrationLink(location.origin, ods);

  return (
    <div className="fd-guide">
      <PageHeading title={t('title')} caption={name} />
      <p className="nhsuk-body-l">{name ? t('intro', { practice: name }) : t('introNoPractice')}</p>
      {phone ? (
        <InsetText>
          <p>
            <LinkedText
              text={t('helpAnyStep', { phone })}
              links={{
                phone: (text) => (
                  <a href={`tel:${phone.replace(/\s/g, '')}`} dir="ltr">
                    {text}
                  </a>
                ),
              }}
            />
          </p>
        </InsetText>
      ) : null}

      <h2 className="nhsuk-heading-m">{t('who.title')}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>{t('who.age')}</li>
        <li>{t('who.age13to15')}</li>
        <li>{t('who.under13')}</li>
      </ul>

      <h2 className="nhsuk-heading-m">{t('need.title')}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>{t('need.phone')}</li>
        <li>{t('need.email')}</li>
        <li>{t('need.mobile')}</li>
        <li>{t('need.photoId')}</li>
      </ul>
      <p>
        <LinkedText text={t('need.noPhotoId')} links={{ noId: (text) => <a href="#no-photo-id">{text}</a> }} />
      </p>

      <h2 className="nhsuk-heading-m">{t('steps.title')}</h2>
      <ol className="nhsuk-list nhsuk-list--number fd-steps">
        <li>
          {t('steps.getApp')}
          <StoreLinks device={device} />
          <p className="nhsuk-body-s">
            <LinkedText
              text={t('stores.web')}
              links={{ web: (text) => <a href="https://www.nhsapp.service.nhs.uk/" rel="noopener">{text}</a> }}
            />
          </p>
          {device === 'computer' ? <CarryOnOnPhone link={thisPage} /> : null}
        </li>
        <li>{t('steps.open')}</li>
        <li>{t('steps.account')}</li>
        <li>{t('steps.mobile')}</li>
        <li>{t('steps.details')}</li>
        <li>{t('steps.prove')}</li>
        <li>{t('steps.wait')}</li>
      </ol>

      <NoPhotoId ods={ods} practice={practice.data ?? null} />
      <IdentityLevels />

      <p>
        <Link to={href.practiceHome(ods)}>{name ? t('backHome', { practice: name }) : t('backHomeNoPractice')}</Link>
      </p>
    </div>
  );
}
