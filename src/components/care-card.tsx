import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './styles/forms.scss';

export type CareLevel = 'non-urgent' | 'urgent' | 'immediate';

const VARIANT: Record<CareLevel, string> = { 'non-urgent': 'non-urgent', urgent: 'urgent', immediate: 'emergency' };

/**
 * NHS.UK care card (nhsuk-frontend 10 markup): how urgently to act, in colour and in
 * words (not colour alone). nhsuk-frontend wraps the heading in `role="text"`, which is
 * not an ARIA role (jsx-a11y rejects it); screen readers read the heading whole without it.
 */
export function CareCard({ level, heading, children, headingLevel = 2 }: { level: CareLevel; heading: string; children: ReactNode; headingLevel?: 1 | 2 }) {
  const { t } = useTranslation('forms');
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className={`nhsuk-card nhsuk-card--care nhsuk-card--care--${VARIANT[level]}`} data-care-level={level}>
      <div className="nhsuk-card__heading-container">
        <Heading className="nhsuk-card__heading" tabIndex={headingLevel === 1 ? -1 : undefined}>
          <span className="nhsuk-u-visually-hidden">{t(`careLevel.${level}`)}: </span>
          {heading}
        </Heading>
        <span className="nhsuk-card--care__arrow" aria-hidden="true" />
      </div>
      <div className="nhsuk-card__content">{children}</div>
    </div>
  );
}
