import { useTranslation } from 'react-i18next';
import type { DateWords } from './format';

/** The current language's words for dates and times. */
export function useDateWords(): DateWords {
  const { t } = useTranslation();
  return t('dates', { returnObjects: true }) as DateWords;
}
