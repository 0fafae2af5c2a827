import type { PracticeSettings } from '../../../domain/practice/practice-settings';

/** The practice area's API shapes (docs/practice-area-api.md). */
export type StaffRole = 'staff' | 'admin';

export interface Staff {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  ods: string;
  practiceName: string;
}

export type Priority = 'stat' | 'asap' | 'urgent' | 'routine';
export const PRIORITIES: readonly Priority[] = ['stat', 'asap', 'urgent', 'routine'];
export type RequestStatus = 'new' | 'in-progress' | 'completed';
export const REQUEST_STATUSES: readonly RequestStatus[] = ['new', 'in-progress', 'completed'];
export type RequestKind = 'medical' | 'admin';

export interface InboxItem {
  reference: string;
  kind: RequestKind;
  priority: Priority;
  disposition: string;
  summary: string;
  patientName: string;
  receivedAt: string;
  replyBy: string;
  overdue: boolean;
  status: RequestStatus;
  assignedTo?: { id: string; name: string };
}

export interface Inbox {
  requests: InboxItem[];
  load: { receivedToday: number; open: number; overdue: number };
  checkedAt: string;
}

export const OUTCOMES = ['appointment-booked', 'advice-given', 'prescription', 'referred', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface RequestDetail {
  reference: string;
  kind: RequestKind;
  priority: Priority;
  status: RequestStatus;
  receivedAt: string;
  replyBy: string;
  overdue: boolean;
  assignedTo?: { id: string; name: string };
  outcome?: { code: Outcome; note?: string; by: string; at: string };
  communicationNeeds: string[];
  patient: { name: string; dateOfBirth: string; nhsNumber?: string; sex?: string; address?: string };
  requester?: { name: string; relationship: string };
  contact: { phone?: string; email?: string; preferences: string[] };
  answers: { question: string; answer: string }[];
  ownWords?: string;
  language: string;
  triage?: { disposition: string; outcomeId: string; contentVersion: string; rules: { id: string; title: string; source: string }[] };
  photos: { id: string; url: string }[];
  replies: { id: string; text: string; inviteAppointment: boolean; sentAt: string; by: string }[];
  history: { at: string; by: string; what: string }[];
}

export interface SettingsChange {
  version: number;
  by: string;
  at: string;
  changed: string[];
}

export interface SettingsDocument {
  settings: PracticeSettings;
  version: number;
  history: SettingsChange[];
}

export type StaffAccount = Staff & { disabled: boolean };

export interface NewStaffAccount {
  staff: StaffAccount;
  password: string;
  totpUri: string;
}
