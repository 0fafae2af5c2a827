/**
 * The embed's query parameters, apart from the rest of ./protocol.ts: the app reads them
 * on every first page (./framing.ts), and a module the start-up code imports carries all
 * of itself into the landing page's bytes, message handling included.
 */

/** The query parameter that tells the app it is embedded (besides window.top). */
export const EMBED_PARAM = 'embed';
/** On URLs outside /:ods (the referral journey), names the practice that embeds it. */
export const PRACTICE_PARAM = 'practice';
