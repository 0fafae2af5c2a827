import type { Communication } from 'fhir/r4';

/*
 * A reply to the patient is a FHIR Communication based on the request's Task: the staff
 * member's words as typed, whether it invites the patient to book an appointment, who
 * sent it and when.
 */

export const INVITE_APPOINTMENT_EXTENSION = 'https://front-door.example/fhir/StructureDefinition/reply-invites-appointment';
export const REPLY_MAX_LENGTH = 2000;

export interface Reply {
  id: string;
  text: string;
  inviteAppointment: boolean;
  sentAt: string;
  by: string;
}

/** The body of `POST …/replies`, or the field that is wrong. */
export function parseReply(body: unknown): { text: string; inviteAppointment: boolean } | { problem: 'text' | 'inviteAppointment' } {
  const { text, inviteAppointment } = (typeof body === 'object' && body !== null ? body : {}) as { text?: unknown; inviteAppointment?: unknown };
  if (typeof text !== 'string' || text.trim().length === 0 || text.length > REPLY_MAX_LENGTH) return { problem: 'text' };
  if (typeof inviteAppointment !== 'boolean') return { problem: 'inviteAppointment' };
  return { text, inviteAppointment };
}

export function replyCommunication(
  id: string,
  reply: { text: string; inviteAppointment: boolean },
  request: { taskId: string; patientReference?: string },
  sender: { id: string; name: string },
  at: Date,
): Communication & { id: string } {
  return {
    resourceType: 'Communication',
    id,
    meta: { versionId: '1', lastUpdated: at.toISOString() },
    extension: [{ url: INVITE_APPOINTMENT_EXTENSION, valueBoolean: reply.inviteAppointment }],
    status: 'completed',
    basedOn: [{ reference: `Task/${request.taskId}` }],
    ...(request.patientReference ? { subject: { reference: request.patientReference } } : {}),
    sent: at.toISOString(),
    sender: { display: sender.name, identifier: { system: 'https://front-door.example/fhir/Id/staff', value: sender.id } },
    payload: [{ contentString: reply.text }],
  };
}

export const replyOf = (communication: Communication): Reply => ({
  id: communication.id ?? '',
  text: communication.payload?.[0]?.contentString ?? '',
  inviteAppointment: communication.extension?.find((e) => e.url === INVITE_APPOINTMENT_EXTENSION)?.valueBoolean ?? false,
  sentAt: communication.sent ?? '',
  by: communication.sender?.display ?? '',
});
