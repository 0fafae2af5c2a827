import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The English words patients read, from the catalogues, grouped the way they meet them:
 * one group per page or questionnaire (`triage:questionnaires.headache`), else per
 * top-level section (`request:details`).
 */
export interface PatientText {
  /** `namespace:key.path` */
  key: string;
  group: string;
  text: string;
}

/**
 * Words for practice staff (the staff tools, the practice area and the embed-code generator) are not
 * patient-facing; nor are the names of days and months, which are not sentences.
 * The embed frame's title and button labels are read by patients, so they stay in.
 */
const NOT_FOR_PATIENTS = [/^staff:/, /^practice-area:/, /^embed:(?!labels\.|frameTitle$)/, /^common:dates\./];

type Catalogue = { [key: string]: string | string[] | Catalogue };

function flatten(catalogue: Catalogue, prefix: string): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[prefix + key, value]];
    if (Array.isArray(value)) return value.map((v, i) => [`${prefix}${key}.${i}`, v]);
    return flatten(value, `${prefix}${key}.`);
  });
}

function groupOf(key: string): string {
  const [namespace, path] = key.split(':') as [string, string];
  const parts = path.split('.');
  const depth = parts[0] === 'questionnaires' || parts[0] === 'outcomes' ? 2 : 1;
  return `${namespace}:${parts.slice(0, depth).join('.')}`;
}

export function patientText(localesDir = 'src/locales'): PatientText[] {
  const dir = join(localesDir, 'en');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => flatten(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Catalogue, `${file.replace(/\.json$/, '')}:`))
    .filter(([key]) => !NOT_FOR_PATIENTS.some((rule) => rule.test(key)))
    .map(([key, text]) => ({ key, group: groupOf(key), text }));
}
