import type { DocumentReference, Patient, QuestionnaireResponse, Task } from 'fhir/r4';
import type { PracticeSettings } from '../../../src/domain/practice/practice-settings';
import { patientNameOf, requestFacts, summaryOf, type RequestFacts } from './answers';
import { isOverdue, replyByFor, type Priority, type WorkStatus } from './inbox';
import type { Reply } from './replies';

/** A request of the practice with its resources, as a store holds it. */
export interface RequestRecord {
  clientId: string;
  reference: string;
  kind: 'medical' | 'admin';
  receivedAt: Date;
  londonDay: string;
  status: WorkStatus;
  assignedTo?: { id: string; name: string };
  outcome?: { code: string; note?: string; by: string; at: string };
  taskId: string;
  task: Task;
  patient?: Patient;
  responses: QuestionnaireResponse[];
  photos: (DocumentReference & { id: string })[];
  replies: Reply[];
}

export interface InboxItem {
  reference: string;
  kind: 'medical' | 'admin';
  priority: Priority;
  disposition: string;
  summary: string;
  patientName: string;
  receivedAt: string;
  replyBy: string;
  overdue: boolean;
  status: WorkStatus;
  assignedTo?: { id: string; name: string };
}

const priorityOf = (task: Task): Priority => (task.priority === 'stat' || task.priority === 'asap' || task.priority === 'urgent' ? task.priority : 'routine');
const dispositionOf = (task: Task): string =>
  task.extension?.find((e) => e.url.endsWith('/triage-disposition'))?.valueCode ?? 'routine';

export function inboxItem(request: RequestRecord, settings: PracticeSettings, now: Date): InboxItem {
  const priority = priorityOf(request.task);
  const replyBy = replyByFor(settings, priority, request.receivedAt);
  return {
    reference: request.reference,
    kind: request.kind,
    priority,
    disposition: dispositionOf(request.task),
    summary: summaryOf(request.responses),
    patientName: patientNameOf(request.patient),
    receivedAt: request.receivedAt.toISOString(),
    replyBy: replyBy.toISOString(),
    overdue: isOverdue(request.status, replyBy, now),
    status: request.status,
    ...(request.assignedTo ? { assignedTo: request.assignedTo } : {}),
  };
}

export type RequestDetail = Omit<InboxItem, 'summary' | 'patientName' | 'disposition'> &
  Omit<RequestFacts, 'summary'> & {
    outcome?: RequestRecord['outcome'];
    photos: { id: string; url: string }[];
    replies: Reply[];
    history: { at: string; by: string; what: string }[];
  };

/** The request page: everything the practice needs, answers in English, photos by URL under /api/practice. */
export function requestDetail(request: RequestRecord, settings: PracticeSettings, now: Date, history: RequestDetail['history']): RequestDetail {
  const { summary: _summary, patientName: _name, disposition: _disposition, ...item } = inboxItem(request, settings, now);
  const { summary: _topic, ...facts } = requestFacts(request.task, request.patient, request.responses);
  return {
    ...item,
    ...(request.outcome ? { outcome: request.outcome } : {}),
    ...facts,
    photos: request.photos.map((photo) => ({ id: photo.id, url: `/api/practice/requests/${request.reference}/photos/${photo.id}` })),
    replies: request.replies,
    history,
  };
}

/** The photo store's key of one of the request's photos, if it has that photo. */
export function photoKey(request: RequestRecord, photoId: string): { key: string; contentType: string } | undefined {
  const attachment = request.photos.find((p) => p.id === photoId)?.content[0]?.attachment;
  const url = attachment?.url ?? '';
  return url.startsWith('Binary/') ? { key: url.slice('Binary/'.length), contentType: attachment?.contentType ?? 'image/jpeg' } : undefined;
}
