import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/qr-code';
import type { NewStaffAccount } from './api/types';

/** Shown once, right after an account is made: the one-time password and the authenticator set-up. */
export function NewAccountDetails({ account }: { account: NewStaffAccount }) {
  const { t } = useTranslation('practice-area');
  return (
    <section aria-labelledby="new-account-title" className="nhsuk-inset-text" data-testid="new-account">
      <h2 className="nhsuk-heading-m" id="new-account-title" tabIndex={-1}>
        {t('staff.created.title', { name: account.staff.name })}
      </h2>
      <p>{t('staff.created.once')}</p>
      <p>
        {t('staff.created.password')}{' '}
        <code className="fd-practice-area__wrap" dir="ltr" data-testid="one-time-password">
          {account.password}
        </code>
      </p>
      <p>{t('staff.created.totp')}</p>
      <QrCode className="fd-practice-area__qr" text={account.totpUri} label={t('staff.created.qrLabel', { name: account.staff.name })} />
      <p>{t('staff.created.totpText')}</p>
      <p className="fd-practice-area__wrap" dir="ltr">
        <code data-testid="totp-uri">{account.totpUri}</code>
      </p>
    </section>
  );
}
