import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/platform/i18n/languages';

/**
 * Every language the app ships has every word English has, with the plural forms its
 * grammar needs (Welsh has six) and the same {{placeholders}}: a missing word would show
 * a raw key, a missing placeholder would drop a time or a phone number.
 */
const DIR = 'src/locales';
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Catalogue = { [key: string]: string | string[] | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else if (Array.isArray(value)) value.forEach((v, i) => out.set(`${prefix}${key}.${i}`, v));
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const read = (language: string, file: string) =>
  flatten(JSON.parse(readFileSync(join(DIR, language, file), 'utf8')) as Catalogue);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

const namespaces = readdirSync(join(DIR, 'en')).filter((f) => f.endsWith('.json'));

// Every catalogue folder is checked, shipped or not yet, so a translation in progress can
// be checked before it is offered to patients.
const languages = readdirSync(DIR).filter((d) => d !== 'en');

it('has a catalogue folder for every language the app offers', () => {
  for (const { code } of LANGUAGES) expect(languages.concat('en')).toContain(code);
});

describe.each(languages)('the %s catalogues', (language) => {
  const pluralForms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it.each(namespaces)('%s has every English word, each plural form, and the same placeholders', (file) => {
    const english = read('en', file);
    const translated = read(language, file);
    const problems: string[] = [];
    const englishBases = new Set([...english.keys()].map(baseKey));
    for (const base of englishBases) {
      const isPlural = english.has(`${base}_other`);
      if (!isPlural) {
        const text = translated.get(base);
        const expected = placeholders(english.get(base) ?? '').join();
        if (text === undefined) problems.push(`missing ${base}`);
        else if (placeholders(text).join() !== expected) problems.push(`${base}: placeholders ${placeholders(text).join()} ≠ ${expected}`);
        continue;
      }
      // A plural form may use any placeholder English uses in one of its forms, and must
      // keep what English's general form needs (a language may spell "one" out in words).
      const allowed = new Set([...english].filter(([k]) => baseKey(k) === base).flatMap(([, v]) => placeholders(v)));
      const needed = placeholders(english.get(`${base}_other`)!).filter((p) => p !== 'count');
      for (const form of pluralForms) {
        const key = `${base}_${form}`;
        const text = translated.get(key);
        if (text === undefined) {
          problems.push(`missing ${key}`);
          continue;
        }
        const used = placeholders(text);
        const stray = used.filter((p) => !allowed.has(p));
        const lost = needed.filter((p) => !used.includes(p));
        if (stray.length + lost.length > 0) problems.push(`${key}: unknown ${stray.join() || '-'}, lost ${lost.join() || '-'}`);
      }
    }
    for (const key of translated.keys()) if (!englishBases.has(baseKey(key))) problems.push(`not in English: ${key}`);
    expect(problems).toEqual([]);
  });
});
