import { ODS_CODE_PATTERN } from '../../src/domain/practice/ods-code';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';

const PLAIN_ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * Which practice's embed allow-list applies to a page: pages under /:ods/..., and
 * national pages embedded for a practice (`/referral?practice=ODS`, as embed.js links
 * them). Null: the app alone may frame it.
 */
export function framingPracticeOf(url: string | undefined): string | null {
  const parsed = new URL(url ?? '/', 'http://front-door.invalid');
  const first = parsed.pathname.split('/')[1] ?? '';
  const ods = ODS_CODE_PATTERN.test(first) ? first : (parsed.searchParams.get('practice') ?? '').toUpperCase();
  return ODS_CODE_PATTERN.test(ods) ? ods : null;
}

/** The practice's allowed embedding origins. Naming a practice only ever allows what that practice allowed. */
export function allowedFrameOrigins(settings: PracticeSettings | undefined): string[] {
  // Only plain scheme://host[:port] reaches the header: a ";" in settings must not add a directive.
  return (settings?.embed.allowedOrigins ?? []).filter((origin) => PLAIN_ORIGIN.test(origin));
}

/** Which sites may frame a page, besides the app itself. */
export function frameAncestorsFor(url: string | undefined, practices: ReadonlyMap<string, PracticeSettings>): string[] {
  const ods = framingPracticeOf(url);
  return ods ? allowedFrameOrigins(practices.get(ods)) : [];
}

/** The staff pages (/practice and below): never framed by anyone. */
export const isPracticeAreaPage = (path: string): boolean => path === '/practice' || path.startsWith('/practice/');
