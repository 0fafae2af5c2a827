import { freeTextSafetyNet, type SafetyNetWords } from '../../../domain/triage/free-text-safety-net';
import { safetyNetWords } from '../safety-net-words-builder';
import { phrases as en } from './en';
import type { SafetyNetPhrases } from './types';

/**
 * The app loads only the patient's language's worrying words (and English, always
 * checked): ten lists in every request page would cost each patient kilobytes.
 */
const LOADERS: Readonly<Record<string, () => Promise<{ phrases: SafetyNetPhrases }>>> = {
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

export async function safetyNetWordsFor(language: string): Promise<SafetyNetWords> {
  const load = LOADERS[language];
  return safetyNetWords(load ? { en, [language]: (await load()).phrases } : { en });
}

export const safetyNetLanguages = (): string[] => ['en', ...Object.keys(LOADERS)];

/**
 * The red-flag questions free text calls for. If the patient's language's words cannot
 * be loaded (offline, never downloaded), every question is asked: a question costs a
 * tap, a missed red flag could cost a life.
 */
export async function questionsForFreeText(text: string, language: string): Promise<string[]> {
  try {
    return freeTextSafetyNet(text, language, await safetyNetWordsFor(language)).ask;
  } catch {
    const all = safetyNetWords({ en });
    return [...new Set(all.terms.flatMap((term) => term.ask))];
  }
}
