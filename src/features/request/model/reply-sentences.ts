import type { ContactMethod, ReplySummary } from '../../../domain/request/reply-summary';

/** Keys under `request:sent.reply`. */
export type ReplySentenceKey =
  | `will.${ContactMethod}`
  | `may.${ContactMethod}`
  | `also.${ContactMethod}`
  | 'interpreter'
  | 'interpreterLanguage'
  | 'bsl'
  | 'relayCall'
  | 'relay'
  | 'easy-read'
  | 'large-print';

export interface ReplySentence {
  key: ReplySentenceKey;
  language?: string;
}

/**
 * What to tell the patient on the confirmation: "The practice will text you." when they
 * chose one way, "may … may also …" when they chose several, then one sentence for each
 * kind of help they asked for. Empty when nothing specific is known (then a general line).
 */
export function replySentences(summary: ReplySummary): ReplySentence[] {
  const { methods, needs } = summary;
  const sentences: ReplySentence[] = methods.map((method, index) => ({
    key: methods.length === 1 ? `will.${method}` : index === 0 ? `may.${method}` : `also.${method}`,
  }));
  if (sentences.length === 0) return [];
  for (const need of needs) {
    if (need === 'interpreter') sentences.push(summary.language ? { key: 'interpreterLanguage', language: summary.language } : { key: 'interpreter' });
    else if (need === 'relay') sentences.push({ key: methods.includes('phone') ? 'relayCall' : 'relay' });
    else if (need !== 'none') sentences.push({ key: need });
  }
  return sentences;
}
