import * as v from 'valibot';
import { ODS_CODE_PATTERN } from './ods-code';

/**
 * A practice's settings: one small versioned JSON document, validated by this schema
 * in the app (before it is trusted) and in the mock backend (before it is served).
 */
export const SETTINGS_SCHEMA_VERSION = 1;

const Time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM'));
const OpeningWindow = v.pipe(
  v.object({ open: Time, close: Time }),
  v.check((w) => w.open < w.close, 'a window must close after it opens'),
);
const DayHours = v.array(OpeningWindow);

export const WeekHoursSchema = v.object({
  mon: DayHours,
  tue: DayHours,
  wed: DayHours,
  thu: DayHours,
  fri: DayHours,
  sat: DayHours,
  sun: DayHours,
});

const IsoDateTime = v.pipe(v.string(), v.isoTimestamp());

export const ClosureSchema = v.pipe(
  v.object({
    from: IsoDateTime,
    to: IsoDateTime,
    /** Shown to patients; the contract asks for a reason for any exceptional closure. */
    reason: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  }),
  v.check((c) => Date.parse(c.from) < Date.parse(c.to), 'a closure must end after it starts'),
);

const OnlineRequestSettings = v.object({
  enabled: v.boolean(),
  /** Extra hours beyond the contract's core hours; omitted means core hours only. */
  hours: v.optional(WeekHoursSchema),
  /** Most requests of this kind taken in one day; omitted means no limit. */
  dailyCapacity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const Origin = v.pipe(v.string(), v.regex(/^https?:\/\/[^/\s]+$/, 'an origin is scheme://host[:port]'));

export const PracticeSettingsSchema = v.object({
  schemaVersion: v.literal(SETTINGS_SCHEMA_VERSION),
  ods: v.pipe(v.string(), v.regex(ODS_CODE_PATTERN, 'an ODS code is a letter and 4 or 5 letters or digits')),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  address: v.object({
    lines: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
    town: v.string(),
    postcode: v.string(),
  }),
  phone: v.pipe(v.string(), v.regex(/^[0-9 +]{10,16}$/)),
  website: v.optional(v.pipe(v.string(), v.url())),
  openingHours: WeekHoursSchema,
  closures: v.array(ClosureSchema),
  onlineRequests: v.object({ medical: OnlineRequestSettings, admin: OnlineRequestSettings }),
  /** We aim to reply within this many working days. */
  replyWithinWorkingDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
  journeys: v.object({ requests: v.boolean(), appointments: v.boolean(), nhsApp: v.boolean() }),
  /**
   * Why online requests are switched off, shown to patients. The GP contract keeps routine
   * and admin requests open through core hours unless the practice records a reason, so
   * without one, switching them off closes them only outside core hours.
   */
  requestsOffReason: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  embed: v.object({ allowedOrigins: v.array(Origin) }),
});

export type PracticeSettings = v.InferOutput<typeof PracticeSettingsSchema>;
export type WeekHours = v.InferOutput<typeof WeekHoursSchema>;
export type Closure = v.InferOutput<typeof ClosureSchema>;
export type RequestKind = keyof PracticeSettings['onlineRequests'];

/** Just enough to list a practice in search results. */
export interface PracticeSummary {
  ods: string;
  name: string;
  town: string;
  postcode: string;
}

export function parsePracticeSettings(input: unknown) {
  return v.safeParse(PracticeSettingsSchema, input);
}
