import * as v from 'valibot';
import { PracticeSettingsSchema, type PracticeSettings } from '../../../domain/practice/practice-settings';

/**
 * Where a settings problem belongs on the page. The server names a problem by its path in
 * the settings document (OperationOutcome `issue.expression`, FHIRPath-like
 * `closures[0].reason`, maybe prefixed `settings.`); the page's own check (the same schema)
 * names it by valibot's dot path `closures.0.reason`. Both lead to one field id here,
 * so an error summary can link to the field to fix.
 */
export type ProblemKind = 'time' | 'hoursOrder' | 'closureTime' | 'closureOrder' | 'closureReason' | 'requestTypes' | 'journeys' | 'replyDays' | 'origins' | 'other';

export interface SettingsProblem {
  /** The id of the field to fix (without '#'). */
  field: string;
  kind: ProblemKind;
  /** The server's own words, when it sent some. */
  text?: string;
}

/** The whole form, for a problem that belongs to no one field. */
export const SETTINGS_FORM_ID = 'settings-form';

/** `settings.closures[0].reason`, `/closures/0/reason` and `closures.0.reason` all → `closures.0.reason`. */
export function normalisePath(expression: string): string {
  return expression
    .trim()
    .replace(/^\$\.?/, '')
    .replace(/^\//, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^(PracticeSettings|settings)(\.|$)/, '')
    .replace(/^\./, '');
}

export function problemAt(path: string): Omit<SettingsProblem, 'text'> {
  const parts = normalisePath(path).split('.').filter(Boolean);
  const [top, a, b, c] = parts;
  switch (top) {
    case 'openingHours':
      if (a && b !== undefined && (c === 'open' || c === 'close')) return { field: `hours-${a}-${b}-${c}`, kind: 'time' };
      if (a && b !== undefined) return { field: `hours-${a}-${b}-close`, kind: 'hoursOrder' };
      return { field: a ? `hours-${a}-add` : 'hours-mon-add', kind: 'hoursOrder' };
    case 'closures':
      if (a !== undefined && b === 'reason') return { field: `closure-${a}-reason`, kind: 'closureReason' };
      if (a !== undefined && (b === 'from' || b === 'to')) return { field: `closure-${a}-${b}`, kind: 'closureTime' };
      if (a !== undefined) return { field: `closure-${a}-to`, kind: 'closureOrder' };
      return { field: 'closure-add', kind: 'closureOrder' };
    case 'onlineRequests':
      return { field: 'requestTypes', kind: 'requestTypes' };
    case 'journeys':
      return { field: 'journeys', kind: 'journeys' };
    case 'replyWithinWorkingDays':
      return { field: 'replyWithinWorkingDays', kind: 'replyDays' };
    case 'embed':
      return { field: 'allowedOrigins', kind: 'origins' };
    default:
      return { field: SETTINGS_FORM_ID, kind: 'other' };
  }
}

interface OutcomeIssue {
  expression?: string[];
  details?: { text?: string };
  diagnostics?: string;
}

/** A 400's issues, each placed at its field (an issue without a path belongs to the whole form). */
export function problemsFromOutcome(issues: readonly OutcomeIssue[]): SettingsProblem[] {
  return issues.flatMap((issue) => {
    const text = issue.details?.text ?? issue.diagnostics;
    const paths = issue.expression?.length ? issue.expression : [''];
    return paths.map((path) => ({ ...problemAt(path), ...(text ? { text } : {}) }));
  });
}

/** The page's own check before sending: the same schema the server and the app trust. */
export function problemsInSettings(settings: unknown): SettingsProblem[] {
  const result = v.safeParse(PracticeSettingsSchema, settings);
  if (result.success) return [];
  return result.issues.map((issue) => problemAt(v.getDotPath(issue) ?? ''));
}

/** One problem per field: the first is the one to fix first. */
export function firstProblemPerField(problems: readonly SettingsProblem[]): SettingsProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.field) ? false : (seen.add(p.field), true)));
}

export type { PracticeSettings };
