import { useTranslation } from 'react-i18next';
import { LinkedText } from '../../components/linked-text';
import type { PracticeSettings } from '../../domain/practice/practice-settings';

/** The route for people without photo ID: registration details from the practice. */
export function NoPhotoId({ ods, practice }: { ods: string; practice: PracticeSettings | null }) {
  const { t } = useTranslation('nhs-app');
  return (
    <section aria-labelledby="no-photo-id">
      <h2 className="nhsuk-heading-m" id="no-photo-id" tabIndex={-1}>
        {t('noId.title')}
      </h2>
      <p>{practice ? t('noId.body', { practice: practice.name }) : t('noId.bodyNoPractice')}</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>{t('noId.accountId')}</li>
        <li>
          <LinkedText
            text={t('noId.odsCode', { ods })}
            links={{
              ods: (text) => (
                <strong dir="ltr" data-testid="ods-code">
                  {text}
                </strong>
              ),
            }}
          />
        </li>
        <li>{t('noId.linkageKey')}</li>
      </ul>
      <p>{t('noId.check')}</p>
      <p>
        <strong>{t('noId.expiry')}</strong>
      </p>
      <p>{t('noId.teenagers')}</p>
    </section>
  );
}
