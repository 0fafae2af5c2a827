import { ApiError, NetworkError } from '../../../platform/api/client';

export type ActionProblem = 'completed' | 'invalid' | 'forbidden' | 'notFound' | 'offline' | 'unavailable';

/** What went wrong with a staff action, in words the page can say; `detail` is the server's own text. */
export function actionProblem(error: unknown): { problem: ActionProblem; detail?: string } {
  if (error instanceof NetworkError) return { problem: 'offline' };
  if (!(error instanceof ApiError)) return { problem: 'unavailable' };
  const detail = error.issues[0]?.details?.text ?? error.issues[0]?.diagnostics;
  const problem: ActionProblem =
    error.status === 409 ? 'completed' : error.status === 403 ? 'forbidden' : error.status === 404 ? 'notFound' : error.isClientError ? 'invalid' : 'unavailable';
  return detail && problem === 'invalid' ? { problem, detail } : { problem };
}
