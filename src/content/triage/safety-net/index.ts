import { phrases as cy } from './cy';
import { phrases as en } from './en';
import type { SafetyNetPhrases } from './types';

/** Every language's worrying words, by language code. A new language adds its file here. */
export const SAFETY_NET_PHRASES: Readonly<Record<string, SafetyNetPhrases>> = { en, cy };
