import { DISPOSITIONS, isDisposition, type Disposition } from '../../src/domain/triage/dispositions';
import { TOPICS } from '../../src/content/triage/all';
import { FINDINGS, MEASURES } from '../../src/content/triage/findings/vocabulary';

/**
 * A vignette: one patient, in their own words, with the findings a GP would note and
 * the dispositions a GP would accept. The format is described for authors in
 * docs/clinical-safety/vignettes/README.md.
 */
export const CLASSES = ['emergency', 'gp', 'pharmacy-or-self-care'] as const;
export type VignetteClass = (typeof CLASSES)[number];
export const ASKING_FOR = ['me', 'child', 'someone-else'] as const;

export interface Vignette {
  id: string;
  says: string;
  source: string;
  age: number;
  sex: 'female' | 'male';
  askingFor: (typeof ASKING_FOR)[number];
  topic: string;
  findings: readonly string[];
  measures?: Readonly<Record<string, number>>;
  class: VignetteClass;
  accept: readonly Disposition[];
  /** Optional: why the accepted range is what it is, for reviewers. */
  note?: string;
}

/** Pages a vignette may come from: NHS.UK, NHS 111 online, NICE CKS. */
const SOURCE_PATTERN = /^https:\/\/(www\.nhs\.uk|111\.nhs\.uk|cks\.nice\.org\.uk)\//;

/** Dispositions that count as each class's own, so a case's range must contain one. */
const CLASS_DISPOSITIONS: Readonly<Record<VignetteClass, readonly Disposition[]>> = {
  emergency: ['call-999', 'go-to-ae'],
  gp: ['call-111', 'practice-today', 'routine'],
  'pharmacy-or-self-care': ['pharmacy', 'self-care'],
};

const KNOWN_KEYS = new Set(['id', 'says', 'source', 'age', 'sex', 'askingFor', 'topic', 'findings', 'measures', 'class', 'accept', 'note']);

/** Every problem with one parsed case, in words an author can act on. */
export function vignetteProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['a case must be a JSON object'];
  const c = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(c)) if (!KNOWN_KEYS.has(key)) problems.push(`unknown field "${key}"`);
  if (typeof c.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id)) problems.push('id must be kebab-case text');
  if (typeof c.says !== 'string' || c.says.trim().length < 10) problems.push('says must be what the patient would type (10 characters or more)');
  if (typeof c.source !== 'string' || !SOURCE_PATTERN.test(c.source)) problems.push('source must be an NHS.UK, 111.nhs.uk or NICE CKS address');
  if (typeof c.age !== 'number' || !Number.isInteger(c.age) || c.age < 0 || c.age > 120) problems.push('age must be whole years, 0 to 120');
  if (c.sex !== 'female' && c.sex !== 'male') problems.push('sex must be "female" or "male"');
  if (!(ASKING_FOR as readonly unknown[]).includes(c.askingFor)) problems.push(`askingFor must be one of ${ASKING_FOR.join(', ')}`);
  if (c.askingFor === 'child' && typeof c.age === 'number' && c.age > 15) problems.push('askingFor "child" is for a child under 16');
  if (!TOPICS.some((t) => t.id === c.topic)) problems.push(`topic must be one of ${TOPICS.map((t) => t.id).join(', ')}`);
  if (!Array.isArray(c.findings)) problems.push('findings must be a list of finding ids');
  else for (const f of c.findings) if (typeof f !== 'string' || !(f in FINDINGS)) problems.push(`unknown finding "${String(f)}" (see src/content/triage/findings/vocabulary.ts)`);
  if (c.measures !== undefined) {
    if (typeof c.measures !== 'object' || c.measures === null) problems.push('measures must be an object');
    else for (const [k, v] of Object.entries(c.measures)) if (!(k in MEASURES) || typeof v !== 'number') problems.push(`measure "${k}" must be a known measure with a number`);
  }
  if (!(CLASSES as readonly unknown[]).includes(c.class)) problems.push(`class must be one of ${CLASSES.join(', ')}`);
  if (!Array.isArray(c.accept) || c.accept.length === 0 || !c.accept.every(isDisposition)) problems.push(`accept must list dispositions: ${DISPOSITIONS.join(', ')}`);
  else if ((CLASSES as readonly unknown[]).includes(c.class) && !c.accept.some((d) => CLASS_DISPOSITIONS[c.class as VignetteClass].includes(d))) {
    problems.push(`accept must include a ${String(c.class)} disposition (${CLASS_DISPOSITIONS[c.class as VignetteClass].join(', ')})`);
  }
  if (c.note !== undefined && typeof c.note !== 'string') problems.push('note must be text');
  return problems;
}

export function parseVignettes(values: unknown, file: string): Vignette[] {
  if (!Array.isArray(values)) throw new Error(`${file}: a vignette file holds a JSON list of cases`);
  const problems = values.flatMap((value, index) => {
    const id = typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : `case ${index + 1}`;
    return vignetteProblems(value).map((p) => `${file}: ${id}: ${p}`);
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return values as Vignette[];
}
