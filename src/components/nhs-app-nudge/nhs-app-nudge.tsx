import { lazy, Suspense } from 'react';
import type { NudgePlacement } from '../../domain/nhs-app/nudge-rules';

export type { NudgePlacement };

export interface NhsAppNudgeProps {
  /** The practice's ODS code: the nudge links to `/:ods/nhs-app` and counts for that practice. */
  ods: string;
  /** Where it is shown, for the practice's aggregate counts. */
  placement: NudgePlacement;
  /** The level of its heading in the page's outline (default 2). */
  headingLevel?: 2 | 3;
}

// Everything (the rules, the card, its words and styles) loads after the page has
// painted, so a landing page pays only for these few lines.
const NudgeWhenDue = lazy(() => import('./nudge-when-due'));

/**
 * "Get the NHS App": a small, dismissable reminder for the moments it helps (the practice
 * home, after a request is sent, after a booking). It never shows inside the NHS App, when
 * turned off on /settings, for 30 days after "Hide this", or twice in one visit
 * (src/domain/nhs-app/nudge-rules.ts), and renders nothing at all then.
 *
 *   <NhsAppNudge ods={practice.ods} placement="request-sent" />
 */
export function NhsAppNudge({ ods, placement, headingLevel = 2 }: NhsAppNudgeProps) {
  return (
    <Suspense fallback={null}>
      <NudgeWhenDue ods={ods} placement={placement} headingLevel={headingLevel} />
    </Suspense>
  );
}
