import { describe, expect, it } from 'vitest';
import { readabilityProblems } from '../../scripts/readability/check';
import { patientText } from '../../scripts/readability/patient-text';
import { readingAge } from '../../scripts/readability/reading-age';

describe('reading age', () => {
  it('scores a short plain sentence young and a long wordy one old', () => {
    expect(readingAge('The cat sat on the mat. It was happy.').age).toBeLessThan(6);
    expect(readingAge('Consequently, administrative considerations necessitate comprehensive documentation.').age).toBeGreaterThan(20);
  });

  it('reads placeholders and tags as the patient sees them', () => {
    expect(readingAge('Call <phone>{{phone}}</phone> now').words).toBe(3);
  });

  it('counts 999, GP and NHS as short words', () => {
    expect(readingAge('Call 999 or NHS 111').syllables).toBe(5);
  });

  it('finds a string and a page that are too hard, and names the long words', () => {
    const hard = [{ key: 'x:a.b', group: 'x:a', text: 'Unfortunately, additional appointments are unavailable electronically for patients registered elsewhere.' }];
    expect(readabilityProblems(hard).map((p) => p.where)).toEqual(['x:a.b', 'x:a']);
    expect(readabilityProblems(hard)[0]).toMatchObject({ longWords: expect.arrayContaining(['unfortunately', 'electronically'].map((w) => expect.stringMatching(new RegExp(w, 'i')))) });
  });
});

describe('plain English', () => {
  it('has every patient-facing English string at a reading age of 9 (page) and 11 (one sentence) or below', () => {
    const texts = patientText();
    expect(texts.length).toBeGreaterThan(400);
    expect(readabilityProblems(texts).map((p) => `${p.where}: ${p.age} > ${p.limit} [${p.longWords.join(', ')}]`)).toEqual([]);
  });
});
