/*
 * What an export needs to know about a completed request. These mirror the practice
 * area's API contract (docs/practice-area-api.md, RequestDetail) so the route can pass
 * what it already built for the request page; only the fields the exports use.
 */

export type CompletionOutcome = 'appointment-booked' | 'advice-given' | 'prescription' | 'referred' | 'other';

/** The outcome as the practice reads it on paper and in the record. */
export const OUTCOME_LABEL: Record<CompletionOutcome, string> = {
  'appointment-booked': 'Appointment booked',
  'advice-given': 'Advice given',
  prescription: 'Prescription',
  referred: 'Referred',
  other: 'Other',
};

export const outcomeLabel = (outcome: string): string => OUTCOME_LABEL[outcome as CompletionOutcome] ?? outcome;

export interface Completion {
  outcome: string;
  note?: string;
  by: { id: string; name: string };
  at: string;
}

export interface TriageSummary {
  disposition: string;
  outcomeId: string;
  contentVersion: string;
  /** Each rule that fired, with the NHS page it comes from. */
  rules: { id: string; title: string; source: string }[];
}

export interface QuestionAnswer {
  question: string;
  answer: string;
}

/** The request as the staff page shows it (the contract's RequestDetail, in part). */
export interface RequestRecord {
  reference: string;
  kind: string;
  priority: string;
  receivedAt: string;
  communicationNeeds: string[];
  patient: { name: string; dateOfBirth: string; nhsNumber?: string; sex?: string; address?: string };
  requester?: { name: string; relationship: string };
  contact: { phone?: string; email?: string; preferences: string[] };
  answers: QuestionAnswer[];
  ownWords?: string;
  language: string;
  triage?: TriageSummary;
  photos: { id: string; url: string }[];
  replies: { id: string; text: string; inviteAppointment: boolean; sentAt: string; by: string | { id: string; name: string } }[];
  outcome?: { code: string; note?: string; by: string | { id: string; name: string }; at: string };
}
