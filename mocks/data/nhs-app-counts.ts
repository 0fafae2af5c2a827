import { CHANNELS, type Channel } from '../../src/domain/nhs-app/registration-link';
import { NUDGE_PLACEMENTS } from '../../src/domain/nhs-app/nudge-rules';
import { NUDGE_ACTIONS, type CountEvent, type NhsAppCounts } from '../../src/domain/nhs-app/count-events';

/**
 * Running totals of NHS App link opens and nudges, per practice. Only numbers are kept:
 * no time of each event, no address, no browser details.
 */
export interface NhsAppCountsStore {
  add(ods: string, events: CountEvent[]): void;
  totals(ods: string): NhsAppCounts;
}

export function createNhsAppCounts(since: Date): NhsAppCountsStore {
  const byPractice = new Map<string, NhsAppCounts>();

  function empty(ods: string): NhsAppCounts {
    const zeroActions = () => Object.fromEntries(NUDGE_ACTIONS.map((a) => [a, 0])) as NhsAppCounts['nudges']['practice-home'];
    return {
      ods,
      since: since.toISOString(),
      linkOpens: Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>,
      campaigns: [],
      nudges: Object.fromEntries(NUDGE_PLACEMENTS.map((p) => [p, zeroActions()])) as NhsAppCounts['nudges'],
    };
  }

  const totals = (ods: string) => {
    let counts = byPractice.get(ods);
    if (!counts) {
      counts = empty(ods);
      byPractice.set(ods, counts);
    }
    return counts;
  };

  return {
    add(ods, events) {
      const counts = totals(ods);
      for (const event of events) {
        if (event.kind === 'link-open') {
          counts.linkOpens[event.channel] += 1;
          if (event.campaign) {
            const row = counts.campaigns.find((c) => c.channel === event.channel && c.campaign === event.campaign);
            if (row) row.opens += 1;
            else counts.campaigns.push({ channel: event.channel, campaign: event.campaign, opens: 1 });
          }
        } else {
          counts.nudges[event.placement][event.action] += 1;
        }
      }
    },
    totals: (ods) => structuredClone(totals(ods)),
  };
}
