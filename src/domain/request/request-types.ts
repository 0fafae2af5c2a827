/** What a patient can ask for online (DESIGN.md journey 2). Words: `request:reasons.<kind>.<code>`. */
export const REQUEST_KINDS = ['medical', 'admin'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REASONS = {
  medical: ['new-problem', 'ongoing-problem', 'medication-question', 'test-results'],
  admin: ['fit-note', 'repeat-prescription', 'test-results', 'letter-or-form', 'referral-follow-up', 'update-details', 'something-else'],
} as const satisfies Record<RequestKind, readonly string[]>;

export type Reason<K extends RequestKind = RequestKind> = (typeof REASONS)[K][number];

export function isReason(kind: RequestKind, reason: unknown): boolean {
  return typeof reason === 'string' && (REASONS[kind] as readonly string[]).includes(reason);
}

export const FOR_WHO = ['me', 'child', 'someone-else'] as const;
export type ForWho = (typeof FOR_WHO)[number];

export const RELATIONSHIPS = ['parent', 'partner', 'family', 'carer', 'friend', 'other'] as const;
export const CONTACT_METHODS = ['phone', 'text', 'email'] as const;
export const CONTACT_TIMES = ['morning', 'afternoon', 'any'] as const;
export const COMMUNICATION_NEEDS = ['interpreter', 'bsl', 'relay', 'easy-read', 'large-print', 'none'] as const;
export const SEXES = ['female', 'male'] as const;
export type CommunicationNeed = (typeof COMMUNICATION_NEEDS)[number];

/** Limits on what people type. Free text has room for a full story, not a novel. */
export const LIMITS = {
  name: 100,
  description: 1000,
  language: 60,
  email: 254,
  relationshipOther: 60,
  photos: 3,
  /** Each photo after resizing on the device. */
  photoBytes: 500 * 1024,
  photoLongEdge: 1600,
} as const;
