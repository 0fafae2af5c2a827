import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';
import { drawable, isRightToLeft, MISSING_GLYPH, visualRuns, wrap } from './pdf-text';
import { outcomeLabel, type RequestRecord } from './request-record';

/*
 * A completed request on paper, for printing or filing as a document. DejaVu Sans
 * (Bitstream Vera licence; DejaVu's changes are public domain) is embedded, subset, so
 * Welsh, Polish, Romanian and Arabic letters print; anything it has no glyph for (emoji,
 * and Bengali and Gurmukhi, which DejaVu does not cover) prints as [?], and the page says
 * so. The request page and the FHIR export keep the exact text.
 */

export interface RequestPdfInput {
  practice: PracticeSettings;
  record: RequestRecord;
  /** When the PDF was made (an ISO instant); printed in UK time. */
  now: string;
}

const require = createRequire(import.meta.url);
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array; hasGlyph: (code: number) => boolean }> | undefined;
/** Read once per process: the two font files, and which characters the regular face can draw. */
const fontFiles = () =>
  (fonts ??= Promise.all([readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')), readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'))]).then(
    ([regular, bold]) => {
      const face = fontkit.create(regular);
      return { regular, bold, hasGlyph: (code: number) => face.hasGlyphForCodePoint(code) };
    },
  ));

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const SIZE = 10;
const LEADING = 14;
const TEXT_WIDTH = A4.width - 2 * MARGIN;

const ukTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso)) +
  ` (${new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'short' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value ?? 'UK'})`;
const ukDate = (date: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${date}T00:00:00Z`));
/** NHS numbers are read and written 3-3-4. */
export const formatNhsNumber = (nhs: string) => (/^\d{10}$/.test(nhs) ? `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}` : nhs);
const staffName = (by: string | { name: string }) => (typeof by === 'string' ? by : by.name);

class Writer {
  pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  replaced = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly hasGlyph: (code: number) => boolean,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN;
  }

  /** A paragraph, wrapped across lines and pages; returns nothing, never cuts text. */
  text(value: string, options: { bold?: boolean; size?: number; gapAfter?: number } = {}) {
    const font = options.bold ? this.bold : this.regular;
    const size = options.size ?? SIZE;
    const leading = size * 1.4;
    const safe = drawable(value, this.hasGlyph);
    this.replaced += safe.replaced;
    for (const paragraph of safe.text.split('\n')) {
      for (const line of wrap(paragraph, TEXT_WIDTH, (t) => font.widthOfTextAtSize(t, size))) {
        if (this.y - leading < MARGIN + LEADING) this.newPage();
        this.y -= leading;
        const runs = visualRuns(line).map((run) => ({ ...run, width: font.widthOfTextAtSize(run.text, size) }));
        let x = isRightToLeft(line) ? A4.width - MARGIN - runs.reduce((sum, run) => sum + run.width, 0) : MARGIN;
        for (const run of runs) {
          this.page.drawText(run.text, { x, y: this.y, size, font, color: rgb(0, 0, 0) });
          x += run.width;
        }
      }
    }
    this.y -= options.gapAfter ?? 0;
  }

  heading(value: string) {
    if (this.y - 3 * LEADING < MARGIN + LEADING) this.newPage();
    this.y -= LEADING / 2;
    this.text(value, { bold: true, size: 12, gapAfter: 2 });
  }

  field(label: string, value: string | undefined) {
    if (value === undefined || value.trim() === '') return;
    this.text(`${label}: ${value}`);
  }

  footer(reference: string) {
    this.pages.forEach((page, i) => {
      page.drawText(`Online consultation record ${reference} · page ${i + 1} of ${this.pages.length}`, { x: MARGIN, y: MARGIN - 20, size: 8, font: this.regular, color: rgb(0.3, 0.3, 0.3) });
    });
  }
}

/** The PDF of a completed request (every answer, the patient's own words, triage, replies, outcome). */
export async function requestPdf(input: RequestPdfInput): Promise<Uint8Array> {
  const { practice, record, now } = input;
  const files = await fontFiles();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(files.regular, { subset: true });
  const bold = await doc.embedFont(files.bold, { subset: true });
  const { hasGlyph } = files;
  const title = `Online consultation record ${record.reference}`;
  doc.setTitle(title);
  doc.setAuthor(practice.name);
  doc.setSubject(`Front Door online request ${record.reference}`);
  doc.setCreationDate(new Date(now));
  doc.setModificationDate(new Date(now));
  doc.setProducer('Front Door');
  doc.setCreator('Front Door');

  const w = new Writer(doc, regular, bold, hasGlyph);
  w.text('Online consultation record', { bold: true, size: 16, gapAfter: 4 });
  w.field('Reference', record.reference);
  w.field('Practice', `${practice.name} (ODS ${practice.ods})`);
  w.field('Received', ukTime(record.receivedAt));
  w.field('Exported', ukTime(now));
  w.field('Type', `${record.kind}, priority ${record.priority}`);

  w.heading('Communication needs');
  w.text(record.communicationNeeds.length > 0 ? record.communicationNeeds.join('\n') : 'None given');

  w.heading('Patient');
  w.field('Name', record.patient.name);
  w.field('Date of birth', /^\d{4}-\d{2}-\d{2}$/.test(record.patient.dateOfBirth) ? ukDate(record.patient.dateOfBirth) : record.patient.dateOfBirth);
  w.field('NHS number', record.patient.nhsNumber ? `${formatNhsNumber(record.patient.nhsNumber)} (as given by the patient, not traced)` : 'not given');
  w.field('Sex', record.patient.sex);
  w.field('Address', record.patient.address);
  if (record.requester) w.field('Asked for by', `${record.requester.name} (${record.requester.relationship})`);
  w.field('Phone', record.contact.phone);
  w.field('Email', record.contact.email);
  if (record.contact.preferences.length > 0) w.field('Contact preferences', record.contact.preferences.join('; '));

  w.heading('Answers');
  if (record.answers.length === 0) w.text('No answers recorded.');
  for (const answer of record.answers) {
    w.text(answer.question, { bold: true });
    w.text(answer.answer, { gapAfter: 4 });
  }

  w.heading(`In the patient's own words (language: ${record.language})`);
  w.text(record.ownWords && record.ownWords.trim() !== '' ? record.ownWords : 'Nothing written.');

  w.heading('Triage');
  if (record.triage) {
    w.field('Disposition', record.triage.disposition);
    w.field('Outcome', record.triage.outcomeId);
    w.field('Content version', record.triage.contentVersion);
    if (record.triage.rules.length === 0) w.text('No rules fired.');
    for (const rule of record.triage.rules) w.text(`${rule.title} (${rule.id})\nSource: ${rule.source}`, { gapAfter: 4 });
  } else {
    w.text('No triage (an administrative request).');
  }

  w.heading('Replies to the patient');
  if (record.replies.length === 0) w.text('No replies were sent.');
  for (const reply of record.replies) {
    w.text(`${ukTime(reply.sentAt)}, ${staffName(reply.by)}${reply.inviteAppointment ? ' (invited to book an appointment)' : ''}`, { bold: true });
    w.text(reply.text, { gapAfter: 4 });
  }

  w.heading('Outcome');
  if (record.outcome) {
    w.field('Outcome', outcomeLabel(record.outcome.code));
    w.field('Note', record.outcome.note);
    w.field('Completed by', `${staffName(record.outcome.by)}, ${ukTime(record.outcome.at)}`);
  } else {
    w.text('Not completed.');
  }

  if (w.replaced > 0) {
    w.heading('Note');
    w.text(
      `${MISSING_GLYPH} marks ${w.replaced} character(s) this PDF cannot print: emoji, or letters of a script its font lacks (Bengali and Gurmukhi among them). The request page and the FHIR export keep the exact text.`,
    );
  }
  w.footer(record.reference);
  return doc.save();
}
