import { ODS_CODE_PATTERN } from '../../src/domain/practice/ods-code';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';

const PLAIN_ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * Which sites may frame a page: the practice's own allow-list (settings.embed), for
 * pages under /:ods/... and for national pages embedded for a practice
 * (`/referral?practice=ODS`, as embed.js links them). Everything else: the app itself.
 * Naming a practice in the query only ever allows what that practice allowed.
 */
export function frameAncestorsFor(url: string | undefined, practices: ReadonlyMap<string, PracticeSettings>): string[] {
  const parsed = new URL(url ?? '/', 'http://front-door.invalid');
  const first = parsed.pathname.split('/')[1] ?? '';
  const ods = ODS_CODE_PATTERN.test(first) ? first : (parsed.searchParams.get('practice') ?? '').toUpperCase();
  if (!ODS_CODE_PATTERN.test(ods)) return [];
  // Only plain scheme://host[:port] reaches the header: a ";" in settings must not add a directive.
  return (practices.get(ods)?.embed.allowedOrigins ?? []).filter((origin) => PLAIN_ORIGIN.test(origin));
}
