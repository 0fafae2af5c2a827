import { useEffect, useState } from 'react';
import { nudgeVerdict, type NudgePlacement } from '../../domain/nhs-app/nudge-rules';
import { readSavedNudgeChoices, readVisitMemory, rememberNudgeShown } from '../../platform/nhs-app/nudge-memory';
import { usePracticeSettings } from '../../platform/practice/practice-query';
import { NudgeCard } from './nudge-card';

type Props = { ods: string; placement: NudgePlacement; headingLevel: 2 | 3 };

/**
 * Only for a practice that has its NHS App journey switched on (wherever the nudge is
 * placed): the practice's settings are already on the device when this loads.
 */
export default function NudgeWhenDue(props: Props) {
  const practice = usePracticeSettings(props.ods);
  return practice.data?.journeys.nhsApp ? <DecideOnce {...props} /> : null;
}

/** Decides once, when the page shows it, whether the nudge is due; then it stays put. */
function DecideOnce({ ods, placement, headingLevel }: Props) {
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
