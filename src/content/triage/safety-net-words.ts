import { SAFETY_NET_PHRASES } from './safety-net';
import { safetyNetWords } from './safety-net-words-builder';

/** Every language at once: for the content checks, the case runner and the tests. */
export const SAFETY_NET_WORDS = safetyNetWords(SAFETY_NET_PHRASES);
