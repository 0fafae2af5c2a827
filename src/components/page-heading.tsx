import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** Whether the document has shown a page yet (the first one keeps focus at the top). */
let firstPageShown = false;

/**
 * The one rule for every page: its title names it in the browser tab and, when a new page
 * appears (a navigation, or a new heading on the same address, such as "Your appointment
 * is booked"), focus moves to the page's h1, wherever the page puts it (PageHeading, a
 * question's legend, a care card), so screen reader users hear where they are. Not on
 * the first page the document shows: focus belongs at the top of the document then.
 */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  const { key } = useLocation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPageShown) document.querySelector<HTMLElement>('main h1')?.focus();
    firstPageShown = true;
  }, [key]);
}

/** The page's one h1, focusable so `usePageTitle` can move focus to it. */
export function PageHeading({ title, children, caption }: { title: string; children?: ReactNode; caption?: string }) {
  usePageTitle(title);
  return (
    <h1 className="nhsuk-heading-l" tabIndex={-1}>
      {caption ? <span className="nhsuk-caption-l">{caption}</span> : null}
      {children ?? title}
    </h1>
  );
}
