import * as v from 'valibot';
import { PracticeSettingsSchema, type PracticeSettings } from '../../../src/domain/practice/practice-settings';
import { CORE_HOURS } from '../../../src/domain/availability/opening-hours';

/*
 * A practice admin's edit of the settings document: the schema the app trusts, plus the
 * GP contract's core-hours rule. Online consultation tools stay open for routine medical
 * and admin requests 08:00–18:30 on working days; only an exceptional closure with a
 * reason may close them then (GP contract 2025/26,
 * https://healthmedia.blog.gov.uk/2025/09/29/gp-contract-what-you-need-to-know/).
 *
 * So an edit may not switch online requests off (journeys.requests, or medical or admin
 * requests) when they were on: the admin records a closure with its dates and reason
 * instead, which the practice home shows, or records why in `requestsOffReason`. A practice that does not take online requests
 * yet (never switched on) may stay so, and switching on is always allowed. A daily cap
 * is allowed, 0 included: it applies only outside core hours (../capacity.ts), and in
 * core hours the inbox shows the load instead. Opening hours can only add to core
 * hours, never remove them (availability adds core hours to every working day).
 */

export interface SettingsProblem {
  expression: string;
  text: string;
}

const pathOf = (issue: v.BaseIssue<unknown>): string =>
  ['settings', ...(issue.path ?? []).map((p) => String(p.key))].reduce((out, key) => (/^\d+$/.test(key) ? `${out}[${key}]` : `${out}.${key}`));

/** Every problem with an edit, each with the path of the field it is about; none: it may be saved. */
export function settingsEditProblems(input: unknown, current: PracticeSettings): SettingsProblem[] | { settings: PracticeSettings } {
  const parsed = v.safeParse(PracticeSettingsSchema, input);
  if (!parsed.success) return parsed.issues.map((issue) => ({ expression: pathOf(issue), text: issue.message }));
  const next = parsed.output;
  const problems: SettingsProblem[] = [];
  const core = `${CORE_HOURS.open}–${CORE_HOURS.close}`;
  const refuse = (expression: string) =>
    problems.push({
      expression,
      text: `Online requests must stay open ${core} on working days. To close them, add a closure with its dates and reason instead.`,
    });
  if (next.ods !== current.ods) problems.push({ expression: 'settings.ods', text: 'The ODS code cannot be changed.' });
  // With a recorded reason (shown to patients) they may be switched off: src/domain/availability.
  const reasonRecorded = next.requestsOffReason !== undefined;
  if (current.journeys.requests && !next.journeys.requests && !reasonRecorded) refuse('settings.journeys.requests');
  for (const kind of ['medical', 'admin'] as const) {
    if (current.onlineRequests[kind].enabled && !next.onlineRequests[kind].enabled && !reasonRecorded) refuse(`settings.onlineRequests.${kind}.enabled`);
  }
  return problems.length > 0 ? problems : { settings: next };
}

/** Which top-level parts of the document an edit changed, for the history. */
export function changedParts(before: PracticeSettings, after: PracticeSettings): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof PracticeSettings>;
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}
