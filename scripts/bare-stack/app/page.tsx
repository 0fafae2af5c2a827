import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

/** One lazy page with one query and translated words: the least a real page does. */
export default function Page() {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['bare'],
    queryFn: async () => (await fetch('/bare.json')).json() as Promise<{ when: string }>,
  });
  return (
    <main>
      <h1>{t('app.name')}</h1>
      <p>
        {t('loading')} {data?.when}
      </p>
    </main>
  );
}
