import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

/**
 * The page's one h1. It names the page in the browser tab and, after a navigation,
 * takes focus so screen reader users hear where they are (not on the first load,
 * where focus belongs at the top of the document).
 */
export function PageHeading({ title, children, caption }: { title: string; children?: ReactNode; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, []);
  return (
    <h1 className="nhsuk-heading-l" ref={ref} tabIndex={-1}>
      {caption ? <span className="nhsuk-caption-l">{caption}</span> : null}
      {children ?? title}
    </h1>
  );
}
