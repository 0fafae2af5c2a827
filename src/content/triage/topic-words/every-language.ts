import type { TopicWords } from '../../../domain/triage/topic-suggestions';
import { words as ar } from './ar';
import { words as bn } from './bn';
import { words as cy } from './cy';
import { words as en } from './en';
import { words as es } from './es';
import { words as pa } from './pa';
import { words as pl } from './pl';
import { words as pt } from './pt';
import { words as ro } from './ro';
import { words as ur } from './ur';

/**
 * Every language's topic words at once: for the tests and the vignette runner. The app loads
 * one language at a time (for-language.ts). A new language adds its file here and there.
 */
export const TOPIC_WORDS_EVERY_LANGUAGE: TopicWords = { en, cy, ar, bn, es, pa, pl, pt, ro, ur };
