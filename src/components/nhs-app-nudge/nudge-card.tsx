import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countEvent } from '../../platform/nhs-app/counts';
import { rememberNudgeDismissed } from '../../platform/nhs-app/nudge-memory';
import { DAYS_AFTER_DISMISSAL, type NudgePlacement } from '../../domain/nhs-app/nudge-rules';
import { href } from '../../platform/routes';
import './nhs-app-nudge.scss';

const shownOnce = new Set<string>();

export function NudgeCard({ ods, placement, headingLevel }: { ods: string; placement: NudgePlacement; headingLevel: 2 | 3 }) {
  const { t } = useTranslation('nhs-app-nudge');
  const [dismissed, setDismissed] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    // Counted once per page, even when React mounts twice in development.
    const key = `${ods}:${placement}:${location.pathname}`;
    if (shownOnce.has(key)) return;
    shownOnce.add(key);
    countEvent(ods, { kind: 'nudge', placement, action: 'shown' });
  }, [ods, placement]);

  useEffect(() => {
    if (dismissed) status.current?.focus();
  }, [dismissed]);

  if (dismissed) {
    return (
      <p className="fd-nudge-hidden" role="status" tabIndex={-1} ref={status}>
        {t('hidden', { count: DAYS_AFTER_DISMISSAL })}
      </p>
    );
  }

  return (
    <section className="fd-nudge" aria-labelledby="fd-nudge-title" data-testid="nhs-app-nudge">
      <Heading className="fd-nudge__title" id="fd-nudge-title">
        {t('title')}
      </Heading>
      <p>{t('body')}</p>
      <div className="fd-nudge__actions">
        <Link
          className="fd-nudge__link"
          to={href.nhsApp(ods)}
          onClick={() => countEvent(ods, { kind: 'nudge', placement, action: 'clicked' })}
        >
          {t('link')}
        </Link>
        <button
          type="button"
          className="fd-nudge__dismiss"
          onClick={() => {
            rememberNudgeDismissed(Date.now());
            countEvent(ods, { kind: 'nudge', placement, action: 'dismissed' });
            setDismissed(true);
          }}
        >
          {t('dismiss')}
        </button>
      </div>
    </section>
  );
}
