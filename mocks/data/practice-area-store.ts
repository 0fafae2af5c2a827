import type { PracticeSettings } from '../../src/domain/practice/practice-settings';

/*
 * The practice area's memory in the mock backend (docs/practice-area-api.md): fictional
 * staff of Y99001 and a handful of fictional requests. Minimal on purpose: the real
 * rules (sorting, reply-by, lock-out, audit) live in server/. Node's fetch has no cookie
 * jar, so the mock holds one signed-in session itself rather than reading the cookie.
 */
export type Priority = 'stat' | 'asap' | 'urgent' | 'routine';
export type Status = 'new' | 'in-progress' | 'completed';

export interface MockStaff {
  id: string;
  name: string;
  email: string;
  role: 'staff' | 'admin';
  ods: string;
  practiceName: string;
  disabled: boolean;
  password: string;
  wrongTries: number;
  lockedUntil?: number;
}

export interface MockRequest {
  reference: string;
  ods: string;
  kind: 'medical' | 'admin';
  priority: Priority;
  disposition: string;
  summary: string;
  status: Status;
  receivedAt: string;
  replyBy: string;
  assignedTo?: { id: string; name: string };
  outcome?: { code: string; note?: string; by: string; at: string };
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

export interface PracticeAreaStore {
  staff: MockStaff[];
  requests: MockRequest[];
  pending: Map<string, { staffId: string; at: number }>;
  signedIn: string | null;
  settingsVersion: number;
  settingsHistory: { version: number; by: string; at: string; changed: string[] }[];
}

/** Demo sign-in: these passwords and the code are for the mock only (README lists them). */
export const MOCK_STAFF_CODE = '123456';
export const MOCK_ADMIN = { email: 'ada.admin@y99001.example', password: 'demo-admin-password' };
export const MOCK_STAFF = { email: 'sam.staff@y99001.example', password: 'demo-staff-password' };

const HOUR = 3_600_000;

function request(now: number, fields: Partial<MockRequest> & Pick<MockRequest, 'reference' | 'priority' | 'summary' | 'kind'>, ageHours: number, replyInHours: number): MockRequest {
  return {
    ods: 'Y99001',
    disposition: fields.priority === 'routine' ? 'routine' : 'practice-today',
    status: 'new',
    receivedAt: new Date(now - ageHours * HOUR).toISOString(),
    replyBy: new Date(now - ageHours * HOUR + replyInHours * HOUR).toISOString(),
    communicationNeeds: [],
    patient: { name: 'Test Patient', dateOfBirth: '1980-01-01' },
    contact: { phone: '07700 900000', preferences: ['Phone call'] },
    answers: [],
    language: 'English',
    photos: [],
    replies: [],
    history: [{ at: new Date(now - ageHours * HOUR).toISOString(), by: 'Patient', what: 'Request sent' }],
    ...fields,
  };
}

export function seedPracticeArea(now: Date, practices: ReadonlyMap<string, PracticeSettings>): PracticeAreaStore {
  const t = now.getTime();
  const practiceName = practices.get('Y99001')?.name ?? 'Y99001';
  const staff = (id: string, name: string, email: string, role: MockStaff['role'], password: string): MockStaff => ({
    id,
    name,
    email,
    role,
    ods: 'Y99001',
    practiceName,
    disabled: false,
    password,
    wrongTries: 0,
  });
  return {
    staff: [
      staff('staff-ada', 'Ada Admin', MOCK_ADMIN.email, 'admin', MOCK_ADMIN.password),
      staff('staff-sam', 'Sam Staff', MOCK_STAFF.email, 'staff', MOCK_STAFF.password),
    ],
    requests: [
      request(t, { reference: 'FD-1004', kind: 'admin', priority: 'routine', summary: 'Fit note', patient: { name: 'Robin Example', dateOfBirth: '1975-03-02', nhsNumber: '999 000 0004' } }, 30, 72),
      request(t, { reference: 'FD-1003', kind: 'medical', priority: 'routine', summary: 'Back pain', patient: { name: 'Alex Sample', dateOfBirth: '1990-07-14', nhsNumber: '999 000 0003' } }, 100, 72),
      request(
        t,
        {
          reference: 'FD-1001',
          kind: 'medical',
          priority: 'asap',
          summary: 'Chest pain',
          communicationNeeds: ['British Sign Language interpreter', 'Prefers text messages'],
          patient: { name: 'Jo Fictional', dateOfBirth: '1958-11-30', nhsNumber: '999 000 0001', sex: 'Female', address: '1 Example Road, Sampleford' },
          requester: { name: 'Sam Fictional', relationship: 'Daughter' },
          contact: { phone: '07700 900001', email: 'jo@example.com', preferences: ['Text message', 'Phone call after 2pm'] },
          answers: [
            { question: 'What is the main problem?', answer: 'Chest pain' },
            { question: 'Does the pain spread to your arm, neck or jaw?', answer: 'No' },
          ],
          ownWords: 'It <b>hurts</b> when I climb stairs <script>alert(1)</script>',
          language: 'Polish',
          triage: {
            disposition: 'Call the practice today',
            outcomeId: 'practice-today',
            contentVersion: '2026.11.1',
            rules: [{ id: 'chest-pain-exertion', title: 'Chest pain on exertion', source: 'https://www.nhs.uk/conditions/chest-pain/' }],
          },
          photos: [{ id: 'p1', url: '/api/practice/requests/FD-1001/photos/p1' }],
        },
        2,
        6,
      ),
      request(t, { reference: 'FD-1002', kind: 'medical', priority: 'urgent', summary: 'Earache', patient: { name: 'Kim Placeholder', dateOfBirth: '2015-05-05', nhsNumber: '999 000 0002' } }, 28, 4),
    ],
    pending: new Map(),
    signedIn: null,
    settingsVersion: 1,
    settingsHistory: [{ version: 1, by: 'Set-up', at: new Date(t - 30 * 24 * HOUR).toISOString(), changed: ['all settings'] }],
  };
}
