import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './styles/forms.scss';

export type CareLevel = 'non-urgent' | 'urgent' | 'immediate';

const VARIANT: Record<CareLevel, string> = { 'non-urgent': 'non-urgent', urgent: 'urgent', immediate: 'emergency' };

/** NHS.UK care card: how urgently to act, in colour and in words (not colour alone). */
export function CareCard({ level, heading, children, headingLevel = 2 }: { level: CareLevel; heading: string; children: ReactNode; headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className={`nhsuk-card nhsuk-card--care nhsuk-card--care--${VARIANT[level]}`} data-care-level={level}>
      <div className="nhsuk-card--care__heading-container">
        <Heading className="nhsuk-card--care__heading" tabIndex={headingLevel === 1 ? -1 : undefined}>
          <span className="nhsuk-u-visually-hidden">{t(`forms.careLevel.${level}`)}: </span>
          {heading}
        </Heading>
        <span className="nhsuk-card--care__arrow" aria-hidden="true" />
      </div>
      <div className="nhsuk-card__content">{children}</div>
    </div>
  );
}
