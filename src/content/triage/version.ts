/**
 * The triage content version, stored with every submission. Change it with every
 * change to questions, rules, outcomes or their wording (see content-review.md).
 */
export const TRIAGE_CONTENT_VERSION = '2026.12.2-draft';
