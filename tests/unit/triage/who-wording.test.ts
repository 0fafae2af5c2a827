import { describe, expect, it } from 'vitest';
import { triageCatalogue } from '../../../scripts/triage/content-bundle';

/**
 * Triage words speak of the person asked about (issue 12 item 5, issue 16 item 10): every
 * question, hint, option, advice and outcome text that says "you" has a `_child` variant
 * ("Does your child…") and a `_them` variant ("Do they…"), used through i18next
 * context by useTriageT. Ways to get help (`channels`) speak to the reader, who makes the
 * call, so they need none.
 */
type Tree = { [key: string]: string | string[] | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else if (Array.isArray(value)) value.forEach((v, i) => out.set(`${prefix}${key}.${i}`, v));
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const VARIANT = /_(child|them)$/;
const SPEAKS_OF_PERSON = /^(questionnaires\.[^.]+\.(title|selfCare|items\..+)|outcomes\.[^.]+\.(title|doNow|ifWorse))$/;
const SAYS_YOU = /\b(you|your|yours|yourself|you're|you've)\b/i;

const english = flatten(triageCatalogue('en') as Tree);

describe('triage words for the person asked about', () => {
  const needing = [...english].filter(([key, text]) => !VARIANT.test(key) && SPEAKS_OF_PERSON.test(key) && SAYS_YOU.test(text)).map(([key]) => key);

  it('finds texts to check', () => {
    expect(needing.length).toBeGreaterThan(50);
  });

  it.each(['child', 'them'])('every text that says "you" has its _%s variant, in its own words', (variant) => {
    const problems = needing.flatMap((key) => {
      const text = english.get(`${key}_${variant}`);
      if (text === undefined) return [`missing ${key}_${variant}`];
      if (text === english.get(key)) return [`${key}_${variant} is the same as ${key}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('has no variant without its base text', () => {
    const orphans = [...english.keys()].filter((key) => VARIANT.test(key) && !english.has(key.replace(VARIANT, '')));
    expect(orphans).toEqual([]);
  });

  it("asks a parent about their child, not about themselves", () => {
    const childTexts = [...english].filter(([key]) => key.endsWith('_child') && /\.text_child$/.test(key));
    const aboutParent = childTexts.filter(([, text]) => /^(Do|Are|Have|Is) you\b/.test(text)).map(([key]) => key);
    expect(aboutParent).toEqual([]);
  });
});
