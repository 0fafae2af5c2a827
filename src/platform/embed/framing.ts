import { EMBED_PARAM, PRACTICE_PARAM } from './url-params';
import { normaliseOdsCode } from '../../domain/practice/ods-code';

/**
 * Whether the app runs inside a practice website's iframe. `?embed=1` (added by embed.js
 * and the plain iframe snippet) also counts, so the first paint is already compact.
 */
function detectEmbedded(): boolean {
  if (typeof window === 'undefined') return false;
  let framed: boolean;
  try {
    framed = window.top !== window.self;
  } catch {
    framed = true; // reading window.top can throw across origins in old browsers: framed
  }
  return framed || new URLSearchParams(window.location.search).get(EMBED_PARAM) === '1';
}

const embedded = detectEmbedded();

/** The practice named by `?practice=` on the first URL (national pages like /referral). */
const initialPractice =
  typeof window === 'undefined' ? null : normaliseOdsCode(new URLSearchParams(window.location.search).get(PRACTICE_PARAM) ?? '') || null;

export function isEmbedded(): boolean {
  return embedded;
}

export function embeddingPractice(): string | null {
  return initialPractice;
}

/**
 * Marks <html> for the compact layout (src/styles/_embedded.scss) before the first
 * render. Returns whether the app is embedded.
 */
export function applyEmbedMode(): boolean {
  if (embedded) document.documentElement.classList.add('fd-embedded');
  return embedded;
}
