/**
 * Tells a patient a reply is waiting (docs/practice-area-api.md, "Notifications"). The
 * message names the practice and links only to the app's /settings page: never personal
 * data, never the reply itself. Transports are chosen by FRONT_DOOR_NOTIFY; `log` (the
 * default) prints to the server log.
 */
import { govNotifyFromEnv } from './gov-notify';
import type { Notifier } from './types';

export type { Notifier } from './types';

/** The message every transport sends, in the practice's words and nothing of the patient's. */
export const replyWaitingText = (practiceName: string, appUrl: string): string =>
  `${practiceName} has replied to your request. Open Front Door to read it: ${appUrl}`;

/** Prints that a message would go, without the address, so the log holds no personal data. */
export const logNotifier = (write: (line: string) => void = console.log): Notifier => ({
  async replyWaiting(to, practiceName, appUrl) {
    const channels = [to.phone ? 'sms' : '', to.email ? 'email' : ''].filter(Boolean).join('+') || 'none';
    write(`notify (log): reply waiting via ${channels}: ${replyWaitingText(practiceName, appUrl)}`);
  },
});

/** The notifier the environment asks for: `gov-notify` (docs/notifications.md) or `log`. */
export function createNotifier(env: NodeJS.ProcessEnv = process.env): Notifier {
  const kind = env.FRONT_DOOR_NOTIFY ?? 'log';
  const chosen = govNotifyFromEnv(env);
  if (chosen) return chosen;
  if (kind !== 'log') console.warn(`FRONT_DOOR_NOTIFY=${kind} is not known (log or gov-notify): notifications go to the log.`);
  return logNotifier();
}
