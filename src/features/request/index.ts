/**
 * The request journey's one door for other features: /settings shows how each sent
 * request is going with the same words as the confirmation page.
 */
export { RequestStatus } from './status/request-status';
