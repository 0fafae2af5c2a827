import type { Sql } from '../db/database';
import { statusKeyOf } from '../auth/credentials';
import type { StatusRulesStore } from '../rules/practice-area/status';
import { serverSecret } from './server-secret';
import { statusFacts } from './inbox';

/** The status key's HMAC key: one per deployment, in the database so every server agrees. */
export const STATUS_KEY_SECRET = 'status-key';

export const statusKeyFor = async (sql: Sql, clientId: string): Promise<string> => statusKeyOf(await serverSecret(sql, STATUS_KEY_SECRET), clientId);

/** What `POST /api/requests/status` reads. */
export function statusStore(sql: Sql): StatusRulesStore {
  return {
    statusFacts: (reference) => statusFacts(sql, reference),
    statusKey: (clientId) => statusKeyFor(sql, clientId),
  };
}
