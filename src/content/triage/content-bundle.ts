import type { TriageContent } from '../../lib/triage/check-content';
import { PLURAL_VALIDATION_KEYS, VALIDATION_KEYS } from '../../lib/triage/validate';
import { QUESTIONNAIRES } from './questionnaires';
import { OUTCOMES, OUTCOME_PAGE_KEYS } from './outcomes';
import { ALLOWED_SOURCES } from './sources';
import { HAZARD_IDS } from './hazards';
import { SAFETY_NET_WORDS } from './safety-net-words';
import { TRIAGE_CONTENT_VERSION } from './version';
import { PHARMACY_CONDITION_KEYS } from './pharmacy-first';
import { TOPICS, topicLabelKey } from './index';

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
    ...VALIDATION_KEYS.filter((k) => !PLURAL_VALIDATION_KEYS.includes(k)),
  ],
  pluralKeys: PLURAL_VALIDATION_KEYS,
};
