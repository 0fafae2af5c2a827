import type { RequestDraft } from './draft';
import { COMMUNICATION_NEEDS, CONTACT_METHODS, type CommunicationNeed } from './request-types';

export type ContactMethod = (typeof CONTACT_METHODS)[number];

/**
 * How the practice will reply, kept with a request in the outbox so the confirmation can
 * say it. Only the kinds of contact and the help asked for: never a phone number or email.
 */
export interface ReplySummary {
  methods: ContactMethod[];
  needs: CommunicationNeed[];
  /** The interpreter's language, when one is needed. */
  language?: string;
}

export function replySummary(draft: Pick<RequestDraft, 'contact' | 'needs'>): ReplySummary {
  const methods = CONTACT_METHODS.filter((method) => draft.contact.methods.includes(method));
  const needs = COMMUNICATION_NEEDS.filter((need) => need !== 'none' && draft.needs.needs.includes(need));
  const language = needs.includes('interpreter') ? draft.needs.language.trim() : '';
  return { methods, needs, ...(language ? { language } : {}) };
}
