import type { Communication, Resource } from 'fhir/r4';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';
import type { Sql } from '../db/database';
import { buildRecordBundle } from '../export/document-bundle';
import { requestPdf } from '../export/request-pdf';
import { photoKey, type RequestDetail } from '../rules/practice-area/detail';
import type { StoredRequest } from '../store/inbox';
import type { PhotoStore } from '../store/photos';

/*
 * A completed request, for filing into the GP record (docs/gp-connect-send-document.md):
 * a FHIR document Bundle, or a PDF of the same record. Built from what is stored and what
 * the request page shows, never from anything the patient's device still holds.
 */

export type ExportFormat = 'json' | 'pdf';

async function repliesOf(sql: Sql, request: StoredRequest): Promise<Communication[]> {
  const rows = await sql.query<{ content: Communication }>(
    "select content from resource where type = 'Communication' and request_id = $1 order by last_updated, id",
    [request.clientId],
  );
  return rows.map((row) => row.content);
}

/** The completion, which the store keeps by the name of who completed it. */
function completionOf(detail: RequestDetail) {
  const outcome = detail.outcome!;
  return { outcome: outcome.code, ...(outcome.note ? { note: outcome.note } : {}), by: { id: `name:${outcome.by}`, name: outcome.by }, at: outcome.at };
}

export async function exportRequest(
  format: ExportFormat,
  input: { sql: Sql; request: StoredRequest; detail: RequestDetail; practice: PracticeSettings; photos: PhotoStore; now: Date },
): Promise<{ contentType: string; body: Buffer | string; fileName: string }> {
  const { sql, request, detail, practice, now } = input;
  const fileName = `${request.reference}.${format}`;
  if (format === 'pdf') {
    const pdf = await requestPdf({ practice, record: detail, now: now.toISOString() });
    return { contentType: 'application/pdf', body: Buffer.from(pdf), fileName };
  }
  const resources: Resource[] = [request.task, ...(request.patient ? [request.patient] : []), ...request.responses, ...request.photos];
  const photos = [];
  for (const photo of request.photos) {
    const key = photoKey(request, photo.id);
    const bytes = key ? await input.photos.get(key.key) : undefined;
    if (key && bytes) photos.push({ url: `Binary/${key.key}`, contentType: key.contentType, data: Buffer.from(bytes).toString('base64') });
  }
  const bundle = buildRecordBundle({
    practice,
    resources,
    replies: await repliesOf(sql, request),
    answers: detail.answers,
    ...(detail.triage ? { triage: detail.triage } : {}),
    completion: completionOf(detail),
    photos,
    now: now.toISOString(),
  });
  return { contentType: 'application/fhir+json; charset=utf-8', body: JSON.stringify(bundle), fileName };
}
