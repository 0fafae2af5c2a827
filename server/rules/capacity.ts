import { inCoreHours } from '../../src/domain/availability/opening-hours';
import type { PracticeSettings, RequestKind } from '../../src/domain/practice/practice-settings';

/**
 * The daily cap on online requests that applies now, or undefined for none.
 * GP contract 2025/26 (from 1 October 2025): online consultation tools stay open for routine medical and
 * admin requests for the whole of core hours (08:00–18:30 on working days), so a cap
 * may only close them outside core hours; inside them the practice sees the load
 * instead. https://healthmedia.blog.gov.uk/2025/09/29/gp-contract-what-you-need-to-know/
 */
export function capacityLimit(settings: PracticeSettings, kind: RequestKind, now: Date): number | undefined {
  const limit = settings.onlineRequests[kind].dailyCapacity;
  if (limit === undefined) return undefined;
  return inCoreHours(now) ? undefined : limit;
}
