import { useTranslation } from 'react-i18next';
import type { Priority } from './api/types';

const TAG_COLOUR: Record<Priority, string> = {
  stat: 'nhsuk-tag--red',
  asap: 'nhsuk-tag--orange',
  urgent: 'nhsuk-tag--yellow',
  routine: 'nhsuk-tag--grey',
};

/** Urgency in words a receptionist uses; the colour only repeats what the words say. */
export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation('practice-area');
  return <strong className={`nhsuk-tag ${TAG_COLOUR[priority]}`}>{t(`priority.${priority}`)}</strong>;
}

export function OverdueTag() {
  const { t } = useTranslation('practice-area');
  return <strong className="nhsuk-tag nhsuk-tag--red">{t('overdue')}</strong>;
}
