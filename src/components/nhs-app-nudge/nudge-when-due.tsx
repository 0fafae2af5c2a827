import { useEffect, useState } from 'react';
import { nudgeVerdict, type NudgePlacement } from '../../lib/nhs-app/nudge-rules';
import { readSavedNudgeChoices, readVisitMemory, rememberNudgeShown } from '../../lib/nhs-app/nudge-memory';
import { NudgeCard } from './nudge-card';

/** Decides once, when the page shows it, whether the nudge is due; then it stays put. */
export default function NudgeWhenDue({ ods, placement, headingLevel }: { ods: string; placement: NudgePlacement; headingLevel: 2 | 3 }) {
  const [now] = useState(() => Date.now());
  const [due] = useState(
    () =>
      nudgeVerdict({ now, userAgent: navigator.userAgent, saved: readSavedNudgeChoices(), visit: readVisitMemory() }) === 'show',
  );
  useEffect(() => {
    if (due) rememberNudgeShown(now);
  }, [due, now]);
  return due ? <NudgeCard ods={ods} placement={placement} headingLevel={headingLevel} /> : null;
}
