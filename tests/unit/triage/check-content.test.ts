import { describe, expect, it } from 'vitest';
import { checkContent, type TriageContent } from '../../../scripts/triage/check-content';
import { TRIAGE_CONTENT, triageCatalogue } from '../../../scripts/triage/content-bundle';
import type { TriageQuestionnaire } from '../../../src/domain/triage/types';

const SOURCE = 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/';

describe('content check on the real triage content', () => {
  it('finds no problems in English and Welsh', () => {
    expect(checkContent(TRIAGE_CONTENT, { en: triageCatalogue('en'), cy: triageCatalogue('cy') })).toEqual([]);
  });
});

/** A tiny, valid content set; each test breaks one thing. */
function smallContent(change: (q: TriageQuestionnaire) => void = () => {}): TriageContent {
  const questionnaire: TriageQuestionnaire = {
    resourceType: 'Questionnaire',
    id: 'tiny',
    status: 'draft',
    title: 'q.title',
    defaultDisposition: 'routine',
    item: [
      { linkId: 'pain', type: 'boolean', text: 'q.pain' },
      { linkId: 'where', type: 'choice', text: 'q.where', answerOption: [{ valueCoding: { code: 'arm', display: 'q.arm' } }], enableWhen: [{ question: 'pain', operator: '=', answerBoolean: true }] },
    ],
    rules: [{ id: 'tiny-999', disposition: 'call-999', when: { kind: 'answer', question: 'where', operator: '=', answerCoding: { code: 'arm' } }, source: SOURCE, hazard: 'HAZ-01' }],
  };
  change(questionnaire);
  const outcome = (id: (typeof TRIAGE_CONTENT.outcomes)[number]['disposition']) => ({
    id,
    disposition: id,
    source: SOURCE,
    title: 'o.title',
    doNow: 'o.now',
    ifWorse: 'o.worse',
    channels: [{ id: 'c', label: 'o.title', detail: 'o.now' }],
  });
  return {
    contentVersion: 'test',
    questionnaires: [questionnaire],
    outcomes: (['call-999', 'go-to-ae', 'call-111', 'practice-today', 'pharmacy', 'routine', 'self-care'] as const).map(outcome),
    allowedSources: [SOURCE],
    hazardIds: ['HAZ-01'],
    safetyNet: { questionnaireId: 'tiny', terms: [{ id: 'words', ask: ['pain'], phrases: { en: ['ouch'], cy: ['aw'] } }] },
    extraKeys: [],
    pluralKeys: ['v.long'],
  };
}

const catalogue = {
  q: { title: 'Title', pain: 'Pain?', where: 'Where?', arm: 'Arm' },
  o: { title: 'T', now: 'N', worse: 'W' },
  v: { long_one: 'x', long_other: 'x', long_zero: 'x', long_two: 'x', long_few: 'x', long_many: 'x' },
};
const catalogues = { en: catalogue, cy: catalogue };

describe('content check on broken fixtures (each names the item)', () => {
  it('passes the small fixture as it is', () => {
    expect(checkContent(smallContent(), catalogues)).toEqual([]);
  });

  it('rejects a broken enableWhen reference', () => {
    const problems = checkContent(smallContent((q) => (q.item[1]!.enableWhen = [{ question: 'ghost', operator: 'exists', answerBoolean: true }])), catalogues);
    expect(problems).toEqual([expect.objectContaining({ code: 'broken-enable-when', item: 'tiny/where', message: expect.stringContaining('ghost') })]);
  });

  it('rejects a duplicate linkId', () => {
    const problems = checkContent(smallContent((q) => q.item.push({ linkId: 'pain', type: 'boolean', text: 'q.pain' })), catalogues);
    expect(problems).toEqual([expect.objectContaining({ code: 'duplicate-link-id', item: 'tiny/pain' })]);
  });

  it('rejects a rule that points at an unknown item or option', () => {
    const unknownItem = checkContent(smallContent((q) => (q.rules[0]!.when = { kind: 'answer', question: 'leg', operator: '=', answerBoolean: true })), catalogues);
    expect(unknownItem).toEqual([expect.objectContaining({ code: 'rule-unknown-item', item: 'tiny/tiny-999', message: expect.stringContaining('leg') })]);
    const unknownOption = checkContent(smallContent((q) => (q.rules[0]!.when = { kind: 'answer', question: 'where', operator: '=', answerCoding: { code: 'knee' } })), catalogues);
    expect(unknownOption).toEqual([expect.objectContaining({ code: 'rule-unknown-option', item: 'tiny/tiny-999' })]);
  });

  it('rejects an enableWhen cycle, naming the items in it', () => {
    const problems = checkContent(smallContent((q) => (q.item[0]!.enableWhen = [{ question: 'where', operator: 'exists', answerBoolean: true }])), catalogues);
    expect(problems).toEqual([expect.objectContaining({ code: 'enable-when-cycle', item: 'tiny/pain', message: expect.stringContaining('pain → where → pain') })]);
  });

  it('rejects a rule without a source, or with a source not in CLINICAL-SOURCES.md', () => {
    const none = checkContent(smallContent((q) => (q.rules[0]!.source = '')), catalogues);
    expect(none).toEqual([expect.objectContaining({ code: 'missing-source', item: 'tiny/tiny-999' })]);
    const other = checkContent(smallContent((q) => (q.rules[0]!.source = 'https://example.org/')), catalogues);
    expect(other).toEqual([expect.objectContaining({ code: 'missing-source', item: 'tiny/tiny-999' })]);
  });

  it('rejects an outcome without a source, and a missing outcome', () => {
    const content = smallContent();
    const outcomes = content.outcomes.map((o) => (o.id === 'go-to-ae' ? { ...o, source: '' } : o)).filter((o) => o.id !== 'self-care');
    const problems = checkContent({ ...content, outcomes }, catalogues);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'missing-outcome', item: 'self-care' }),
      expect.objectContaining({ code: 'missing-source', item: 'outcome go-to-ae' }),
    ]);
  });

  it('rejects a rule without a known hazard', () => {
    const problems = checkContent(smallContent((q) => (q.rules[0]!.hazard = 'HAZ-99')), catalogues);
    expect(problems).toEqual([expect.objectContaining({ code: 'missing-hazard', item: 'tiny/tiny-999' })]);
  });

  it('rejects a missing translation in either language, naming item, key and language', () => {
    const cyMissing = { ...catalogue, q: { ...catalogue.q, arm: '' } };
    const problems = checkContent(smallContent(), { en: catalogue, cy: cyMissing });
    expect(problems).toEqual([expect.objectContaining({ code: 'missing-translation', item: 'tiny/where option arm', message: '"q.arm" is missing in cy' })]);
  });

  it('needs every plural form of the language (Welsh has six)', () => {
    const { long_few: _few, ...fewMissing } = catalogue.v;
    const problems = checkContent(smallContent(), { en: catalogue, cy: { ...catalogue, v: fewMissing } });
    expect(problems).toEqual([expect.objectContaining({ code: 'missing-translation', message: expect.stringContaining('few in cy') })]);
  });

  it('rejects a safety-net word list that asks an unknown question or lacks a language', () => {
    const content = smallContent();
    const problems = checkContent(
      { ...content, safetyNet: { questionnaireId: 'tiny', terms: [{ id: 'words', ask: ['ghost'], phrases: { en: ['ouch'] } }] } },
      catalogues,
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'broken-safety-net', item: 'safety net words', message: expect.stringContaining('ghost') }),
      expect.objectContaining({ code: 'broken-safety-net', item: 'safety net words', message: 'has no words in cy' }),
    ]);
  });

  it('rejects a pharmacy rule without its condition', () => {
    const problems = checkContent(smallContent((q) => (q.rules[0]!.disposition = 'pharmacy')), catalogues);
    expect(problems).toEqual([expect.objectContaining({ code: 'pharmacy-without-condition', item: 'tiny/tiny-999' })]);
  });
});
