/**
 * What the patient's device learns after sending: a status key from the practice's answer,
 * and, asked with it, where the request is and what the practice has said
 * (docs/practice-area-api.md, "The patient's device: status and replies").
 */

export const REQUEST_STATUSES = ['received', 'being-looked-at', 'replied', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A reply in the staff member's own words, in whatever language they wrote it. */
export interface PracticeReply {
  text: string;
  sentAt: string;
  inviteAppointment: boolean;
}

export interface StatusAnswer {
  status: RequestStatus;
  replies: PracticeReply[];
}

/** The last answer this device had, kept with the sent request for when it is offline. */
export interface LastKnownStatus extends StatusAnswer {
  checkedAt: string;
}

const STATUS_KEY_URN = /^urn:front-door:status-key:([0-9a-f]{32})$/i;

/**
 * The status key from a transaction-response Bundle's `link` (relation `status-key`):
 * the 32 hex digits, lower case. Null when the practice gave none (an older backend),
 * so the request shows as sent, with no status check.
 */
export function statusKeyOf(response: unknown): string | null {
  const links = (response as { link?: unknown } | null)?.link;
  if (!Array.isArray(links)) return null;
  for (const link of links as { relation?: unknown; url?: unknown }[]) {
    if (link?.relation !== 'status-key' || typeof link.url !== 'string') continue;
    const match = STATUS_KEY_URN.exec(link.url);
    if (match?.[1]) return match[1].toLowerCase();
  }
  return null;
}

const isReply = (value: unknown): value is PracticeReply => {
  const reply = value as Partial<PracticeReply> | null;
  return typeof reply?.text === 'string' && typeof reply.sentAt === 'string' && typeof reply.inviteAppointment === 'boolean';
};

/** The status endpoint's answer, checked: anything else is treated as no answer at all. */
export function readStatusAnswer(body: unknown): StatusAnswer | null {
  const answer = body as { status?: unknown; replies?: unknown } | null;
  if (!(REQUEST_STATUSES as readonly unknown[]).includes(answer?.status)) return null;
  const replies = answer?.replies ?? [];
  if (!Array.isArray(replies) || !replies.every(isReply)) return null;
  return {
    status: answer!.status as RequestStatus,
    replies: replies.map(({ text, sentAt, inviteAppointment }) => ({ text, sentAt, inviteAppointment })),
  };
}

/** The newest reply decides: a later reply may take back an earlier invitation. */
export function appointmentInvited(replies: readonly PracticeReply[]): boolean {
  if (replies.length === 0) return false;
  const newest = [...replies].sort((a, b) => a.sentAt.localeCompare(b.sentAt)).at(-1)!;
  return newest.inviteAppointment;
}
