/**
 * The fields of a request a practice's refusal may name (a `request-field` code), so the
 * page can mark them. On its own, so reading a refusal does not load the whole schema.
 */
export const REQUEST_FIELDS = ['givenName', 'familyName', 'dob', 'sex', 'nhsNumber', 'postcode', 'phone', 'email', 'description', 'photos', 'bundle'] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];
