import * as v from 'valibot';
import { CAMPAIGN_MAX_LENGTH, CHANNELS } from './registration-link';
import { NUDGE_PLACEMENTS } from './nudge-rules';

/**
 * Counts without personal data. The app sends only what kind of thing happened, never
 * who, when exactly, or from where: no identifiers, no cookies, no free text. The
 * backend keeps running totals per practice (see mocks/handlers/nhs-app-counts.ts).
 *
 * POST /api/practices/:ods/nhs-app-counts  {"events": CountEvent[]}  → 202
 * GET  /api/practices/:ods/nhs-app-counts  → NhsAppCounts
 */
export const NUDGE_ACTIONS = ['shown', 'clicked', 'dismissed'] as const;
export type NudgeAction = (typeof NUDGE_ACTIONS)[number];

export const MAX_EVENTS_PER_BATCH = 50;

const LinkOpenEvent = v.object({
  kind: v.literal('link-open'),
  channel: v.picklist(CHANNELS),
  campaign: v.optional(v.pipe(v.string(), v.maxLength(CAMPAIGN_MAX_LENGTH), v.regex(/^[a-z0-9-]+$/))),
});

const NudgeEvent = v.object({
  kind: v.literal('nudge'),
  placement: v.picklist(NUDGE_PLACEMENTS),
  action: v.picklist(NUDGE_ACTIONS),
});

export const CountEventSchema = v.variant('kind', [LinkOpenEvent, NudgeEvent]);
export type CountEvent = v.InferOutput<typeof CountEventSchema>;

export const CountBatchSchema = v.object({
  events: v.pipe(v.array(CountEventSchema), v.minLength(1), v.maxLength(MAX_EVENTS_PER_BATCH)),
});

const KNOWN_KEYS = new Set(['kind', 'channel', 'campaign', 'placement', 'action']);

/**
 * The schema drops unknown fields; the backend goes further and refuses a batch that
 * carries any (a field we do not know could hold something personal). A plain check,
 * so the app's shared schema code stays small.
 */
export function hasOnlyKnownFields(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { events, ...rest } = body as { events?: unknown };
  return (
    Object.keys(rest).length === 0 &&
    Array.isArray(events) &&
    events.every((e) => typeof e === 'object' && e !== null && Object.keys(e).every((k) => KNOWN_KEYS.has(k)))
  );
}

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Actions = v.object({ shown: Count, clicked: Count, dismissed: Count });

export const NhsAppCountsSchema = v.object({
  ods: v.string(),
  /** When the totals started (ISO date-time). */
  since: v.string(),
  linkOpens: v.object({ sms: Count, poster: Count, email: Count, reception: Count, website: Count }),
  campaigns: v.array(v.object({ channel: v.picklist(CHANNELS), campaign: v.string(), opens: Count })),
  nudges: v.object({ 'practice-home': Actions, 'request-sent': Actions, booking: Actions }),
});
export type NhsAppCounts = v.InferOutput<typeof NhsAppCountsSchema>;
