import type { TopicWords } from '../../../domain/triage/topic-suggestions';
import { words as en } from './en';

type Words = Readonly<Record<string, readonly string[]>>;

/**
 * The app loads only the patient's language's topic words, beside English (always checked,
 * as people mix the two): every language's lists in every request page would cost each
 * patient kilobytes.
 */
const LOADERS: Readonly<Record<string, () => Promise<{ words: Words }>>> = {
  ar: () => import('./ar'),
  bn: () => import('./bn'),
  cy: () => import('./cy'),
  es: () => import('./es'),
  pa: () => import('./pa'),
  pl: () => import('./pl'),
  pt: () => import('./pt'),
  ro: () => import('./ro'),
  ur: () => import('./ur'),
};

export const topicWordLanguages = (): string[] => ['en', ...Object.keys(LOADERS)];

/** English and the patient's language; English alone when theirs cannot be loaded (offline). */
export async function topicWordsFor(language: string): Promise<TopicWords> {
  const load = LOADERS[language];
  if (!load) return { en };
  try {
    return { en, [language]: (await load()).words };
  } catch {
    return { en };
  }
}
