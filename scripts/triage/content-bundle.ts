import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TriageContent } from './check-content';
import { PLURAL_VALIDATION_KEYS, VALIDATION_KEYS } from '../../src/domain/triage/validate';
import { QUESTIONNAIRES } from '../../src/content/triage/questionnaires';
import { OUTCOMES, OUTCOME_PAGE_KEYS } from '../../src/content/triage/outcomes';
import { ALLOWED_SOURCES } from '../../src/content/triage/sources';
import { HAZARD_IDS } from '../../src/content/triage/hazards';
import { SAFETY_NET_WORDS } from '../../src/content/triage/safety-net-words';
import { TRIAGE_CONTENT_VERSION } from '../../src/content/triage/version';
import { PHARMACY_CONDITION_KEYS } from '../../src/content/triage/pharmacy-first';
import { TOPICS, topicLabelKey } from '../../src/content/triage/all';
import { givesSelfCare, selfCareAdviceKey } from '../../src/content/triage/advice';

/** Shared words every question page uses. */
export const QUESTION_PAGE_KEYS = ['options.yes', 'options.no', 'options.noneOfThese', 'safetyNet.intro', 'safetyNet.heading'] as const;

/** All triage content in one object, for the content check and the case runner. */
export const TRIAGE_CONTENT: TriageContent = {
  contentVersion: TRIAGE_CONTENT_VERSION,
  questionnaires: QUESTIONNAIRES,
  outcomes: OUTCOMES,
  allowedSources: ALLOWED_SOURCES,
  hazardIds: HAZARD_IDS,
  safetyNet: SAFETY_NET_WORDS,
  extraKeys: [
    ...QUESTION_PAGE_KEYS,
    ...OUTCOME_PAGE_KEYS,
    ...PHARMACY_CONDITION_KEYS,
    ...TOPICS.map((t) => topicLabelKey(t.id)),
    ...QUESTIONNAIRES.filter(givesSelfCare).map((q) => selfCareAdviceKey(q.id)),
    ...VALIDATION_KEYS.filter((k) => !PLURAL_VALIDATION_KEYS.includes(k)),
  ],
  pluralKeys: PLURAL_VALIDATION_KEYS,
};

/**
 * One language's triage words as one tree: `triage.json` and every topic's own
 * `triage-<id>.json` (src/content/triage/namespaces.ts), merged. Keys are the same either way.
 */
export function triageCatalogue(language: string, localesDir = 'src/locales'): Record<string, unknown> {
  const dir = join(localesDir, language);
  const merged: Record<string, unknown> = {};
  const merge = (into: Record<string, unknown>, from: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(from)) {
      if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof into[key] === 'object' && into[key] !== null) {
        merge(into[key] as Record<string, unknown>, value as Record<string, unknown>);
      } else into[key] = value;
    }
  };
  for (const file of readdirSync(dir).filter((f) => /^triage(-[a-z0-9-]+)?\.json$/.test(f)).sort()) {
    merge(merged, JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>);
  }
  return merged;
}
