import { phrases as ar } from './ar';
import { phrases as bn } from './bn';
import { phrases as cy } from './cy';
import { phrases as en } from './en';
import { phrases as es } from './es';
import { phrases as pa } from './pa';
import { phrases as pl } from './pl';
import { phrases as pt } from './pt';
import { phrases as ro } from './ro';
import { phrases as ur } from './ur';
import type { SafetyNetPhrases } from './types';

/** Every language's worrying words, by language code. A new language adds its file here. */
export const SAFETY_NET_PHRASES: Readonly<Record<string, SafetyNetPhrases>> = { en, cy, ar, bn, es, pa, pl, pt, ro, ur };
