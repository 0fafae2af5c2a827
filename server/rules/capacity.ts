import { inCoreHours } from '../../src/domain/availability/opening-hours';
import { ODS_CODE_PATTERN } from '../../src/domain/practice/ods-code';
import type { PracticeSettings, RequestKind } from '../../src/domain/practice/practice-settings';
import { REQUEST_KINDS } from '../../src/domain/request/request-types';
import { londonWallClock } from '../../src/domain/time/london';
import { ok, problem, type Answer } from './outcome';

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

export interface CapacityRulesStore {
  practice(ods: string): Promise<PracticeSettings | undefined>;
  /** Online requests of this practice and kind stored on this London day (yyyy-mm-dd). */
  requestsOnDay(ods: string, kind: RequestKind, londonDay: string): Promise<number>;
}

export type CapacityNow = Record<RequestKind, { full: boolean }>;

/**
 * `GET /api/practices/:ods/capacity`: whether each kind of online request is full for
 * today right now, so the practice home and the request start say so before any
 * question. Full means a request sent now would be refused with 'capacity-reached'.
 * No counts and nothing about anyone: only yes or no.
 */
export async function capacityNow(store: CapacityRulesStore, odsParam: string, now: Date): Promise<Answer> {
  const ods = odsParam.toUpperCase();
  if (!ODS_CODE_PATTERN.test(ods)) return problem(400, 'invalid', 'That is not an ODS code.', { expression: ['ods'] });
  const settings = await store.practice(ods);
  if (!settings) return problem(404, 'not-found', `No practice with ODS code ${ods}.`);
  const londonDay = londonWallClock(now).date;
  const entries = await Promise.all(
    REQUEST_KINDS.map(async (kind) => {
      const limit = capacityLimit(settings, kind, now);
      const full = limit !== undefined && (await store.requestsOnDay(ods, kind, londonDay)) >= limit;
      return [kind, { full }] as const;
    }),
  );
  return ok(Object.fromEntries(entries) as CapacityNow);
}
