import * as v from 'valibot';
import { CHANNELS, type Channel } from '../../src/domain/nhs-app/registration-link';
import { NUDGE_PLACEMENTS, type NudgePlacement } from '../../src/domain/nhs-app/nudge-rules';
import { CountBatchSchema, hasOnlyKnownFields, NUDGE_ACTIONS, type CountEvent, type NhsAppCounts, type NudgeAction } from '../../src/domain/nhs-app/count-events';
import { ok, problem, type Answer } from './outcome';

/*
 * Aggregate counts for the NHS App journey (src/domain/nhs-app/count-events.ts). Only
 * running totals are kept, as rows of (metric, campaign, n): no time of each event, no
 * address, no browser details. The store adds to a row atomically, so servers that
 * count at the same moment lose nothing.
 */

/** One running total: `link-open/<channel>` (campaign '' or the campaign) or `nudge/<placement>/<action>`. */
export interface CountRow {
  metric: string;
  campaign: string;
  n: number;
}

export interface CountRulesStore {
  practiceExists(ods: string): Promise<boolean>;
  addCounts(ods: string, rows: CountRow[]): Promise<void>;
  countRows(ods: string): Promise<{ since: Date; rows: CountRow[] }>;
}

export function countRowsOf(events: CountEvent[]): CountRow[] {
  const totals = new Map<string, CountRow>();
  const add = (metric: string, campaign: string) => {
    const key = `${metric}\u0000${campaign}`;
    const row = totals.get(key) ?? { metric, campaign, n: 0 };
    row.n += 1;
    totals.set(key, row);
  };
  for (const event of events) {
    if (event.kind === 'link-open') {
      add(`link-open/${event.channel}`, '');
      if (event.campaign) add(`link-open/${event.channel}`, event.campaign);
    } else add(`nudge/${event.placement}/${event.action}`, '');
  }
  return [...totals.values()];
}

export function countsFrom(ods: string, since: Date, rows: readonly CountRow[]): NhsAppCounts {
  const zeroActions = () => Object.fromEntries(NUDGE_ACTIONS.map((a) => [a, 0])) as Record<NudgeAction, number>;
  const counts: NhsAppCounts = {
    ods,
    since: since.toISOString(),
    linkOpens: Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>,
    campaigns: [],
    nudges: Object.fromEntries(NUDGE_PLACEMENTS.map((p) => [p, zeroActions()])) as NhsAppCounts['nudges'],
  };
  for (const row of rows) {
    const [kind, first, second] = row.metric.split('/');
    if (kind === 'link-open' && (CHANNELS as readonly string[]).includes(first ?? '')) {
      const channel = first as Channel;
      if (row.campaign === '') counts.linkOpens[channel] += row.n;
      else counts.campaigns.push({ channel, campaign: row.campaign, opens: row.n });
    } else if (kind === 'nudge' && (NUDGE_PLACEMENTS as readonly string[]).includes(first ?? '') && (NUDGE_ACTIONS as readonly string[]).includes(second ?? '')) {
      counts.nudges[first as NudgePlacement][second as NudgeAction] += row.n;
    }
  }
  counts.campaigns.sort((a, b) => a.channel.localeCompare(b.channel) || a.campaign.localeCompare(b.campaign));
  return counts;
}

const unknownPractice = (ods: string) => problem(404, 'not-found', `No practice with ODS code ${ods}.`);

export async function addNhsAppCounts(store: CountRulesStore, ods: string, body: unknown): Promise<Answer> {
  if (!(await store.practiceExists(ods))) return unknownPractice(ods);
  const batch = v.safeParse(CountBatchSchema, body);
  if (!batch.success || !hasOnlyKnownFields(body)) {
    return problem(400, 'invalid', 'Send {"events": [...]} with 1 to 50 known count events.', { expression: ['events'] });
  }
  await store.addCounts(ods, countRowsOf(batch.output.events));
  return ok({ accepted: batch.output.events.length }, 202);
}

export async function nhsAppCounts(store: CountRulesStore, ods: string): Promise<Answer> {
  if (!(await store.practiceExists(ods))) return unknownPractice(ods);
  const { since, rows } = await store.countRows(ods);
  return ok(countsFrom(ods, since, rows));
}
