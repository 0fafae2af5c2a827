import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { seedPractices } from '../../server/rules/seed/practices';
import { requestPdf } from '../../server/export/request-pdf';
import { MISSING_GLYPH, visualRuns, wrap } from '../../server/export/pdf-text';
import { NOW } from '../unit/request/fixtures';
import { EXPORTED_AT, REPLY_TEXT, requestRecord } from './export-fixtures';

const practice = seedPractices(NOW).find((p) => p.ods === 'Y99001')!;

/** The text of each page as a PDF reader extracts it (Mozilla's pdf.js, not our code). */
async function pagesOf(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await doc.destroy();
  return pages;
}

const squash = (text: string) => text.replace(/\s+/g, '');
/** The pages' text without their footers, so text running across a page break reads on. */
const body = (pages: string[]) => squash(pages.map((p) => p.replace(/Online consultation record FD-0042-TEST · page \d+ of \d+/, '')).join(''));

describe('the PDF of a completed request', () => {
  it('is a PDF with the record on it: reference, patient, NHS number 3-3-4, needs, answers, rules and sources, replies, outcome, UK time', async () => {
    const pdf = await requestPdf({ practice, record: requestRecord(), now: EXPORTED_AT });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = (await pagesOf(pdf)).join('\n');
    for (const expected of [
      'FD-0042-TEST',
      practice.name,
      'Ada Testperson',
      '7 March 1980',
      '999 999 9999',
      'Cal Carer (carer)',
      'Needs an interpreter: Welsh',
      'How long have you had it?',
      'Less than a week',
      'My throat has been sore since Friday.',
      'Sore throat with a high temperature',
      'https://www.nhs.uk/conditions/sore-throat/',
      REPLY_TEXT,
      'Advice given',
      'Advised fluids and paracetamol.',
      '23 November 2026 at 12:00 (GMT)',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('shows the export time in UK summer time when it is summer', async () => {
    const pdf = await requestPdf({ practice, record: requestRecord(), now: '2026-07-01T11:00:00Z' });
    expect((await pagesOf(pdf)).join('\n')).toContain('1 July 2026 at 12:00 (BST)');
  });

  it('wraps 10,000 characters of own words across several pages without losing any, with the reference on every page', async () => {
    const words = Array.from({ length: 1200 }, (_, i) => `word${String(i).padStart(4, '0')}`).join(' ');
    const ownWords = `${words.slice(0, 9990)} THE-END.`;
    expect(ownWords.length).toBeGreaterThanOrEqual(9998);
    const pages = await pagesOf(await requestPdf({ practice, record: requestRecord({ ownWords }), now: EXPORTED_AT }));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toContain('FD-0042-TEST');
    const all = body(pages);
    expect(all).toContain(squash(ownWords));
    expect(all).toContain('THE-END.');
  });

  it('breaks a word too long for a line instead of cutting it off', async () => {
    const ownWords = 'x'.repeat(3000);
    const pages = await pagesOf(await requestPdf({ practice, record: requestRecord({ ownWords }), now: EXPORTED_AT }));
    expect(body(pages).match(/x+/g)!.reduce((longest, run) => Math.max(longest, run.length), 0)).toBe(3000);
  });

  it('prints Welsh and Arabic letters, and marks an emoji it cannot print instead of failing', async () => {
    const arabic = 'ألم في الحلق منذ يومين';
    const ownWords = `Mae fy ngŵr yn sâl; dŷ ni.\n${arabic}\nfever 🤒 since Friday`;
    const pdf = await requestPdf({ practice, record: requestRecord({ ownWords, replies: [{ id: 'r', text: 'Diolch 🙂', inviteAppointment: false, sentAt: EXPORTED_AT, by: 'Staff' }] }), now: EXPORTED_AT });
    const text = (await pagesOf(pdf)).join('\n');
    expect(text).toContain('Mae fy ngŵr yn sâl; dŷ ni.');
    expect(text).toContain(`fever ${MISSING_GLYPH} since Friday`);
    expect(text).toContain(`Diolch ${MISSING_GLYPH}`);
    expect(text).toMatch(/2 character\(s\) this PDF cannot print/);
    // Drawn right to left: pdf.js reads a right-to-left line back in logical order, so
    // drawing it in typed order would come back reversed here.
    expect(text).toContain(arabic);
  });

  it('marks Bengali, which its font does not cover, rather than printing nothing or failing', async () => {
    const pdf = await requestPdf({ practice, record: requestRecord({ ownWords: 'গলা ব্যথা since Friday' }), now: EXPORTED_AT });
    const text = (await pagesOf(pdf)).join('\n');
    expect(text).toContain(`${MISSING_GLYPH}${MISSING_GLYPH}${MISSING_GLYPH} `);
    expect(text).toContain('since Friday');
    expect(text).toMatch(/character\(s\) this PDF cannot print/);
  });
});

describe('PDF text helpers', () => {
  it('wraps at spaces and keeps every character', () => {
    const measure = (t: string) => t.length;
    expect(wrap('aa bb cc dd', 5, measure)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('abcdefghijkl', 5, measure)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('splits a line into runs of one direction in drawing order, keeping numbers and Latin words readable', () => {
    expect(visualRuns('abc def')).toEqual([{ text: 'abc def', rtl: false }]);
    // A right-to-left line: its runs drawn from the right, each run's text in typed order.
    expect(visualRuns('سلام 12 NHS')).toEqual([
      { text: '12 NHS', rtl: false },
      { text: 'سلام ', rtl: true },
    ]);
    expect(visualRuns('Mae سلام عليكم end')).toEqual([
      { text: 'Mae ', rtl: false },
      { text: 'سلام عليكم', rtl: true },
      { text: ' end', rtl: false },
    ]);
  });
});
