import { createHmac } from 'node:crypto';
import { isUkMobile, normaliseUkPhone } from '../../src/domain/request/phone';
import type { Notifier } from './types';

/*
 * GOV.UK Notify, which NHS services use for texts and emails. Its REST API: POST
 * /v2/notifications/sms { phone_number, template_id, personalisation } and
 * /v2/notifications/email { email_address, template_id, personalisation }, with a JWT
 * (HS256) in the Authorization header whose iss is the service id and iat the time in
 * seconds, signed with the API key's secret. The API key is
 * "<key name>-<service id>-<secret>", both uuids.
 * https://docs.notifications.service.gov.uk/python.html (the client docs; the REST calls
 * beneath it are the same for every client)
 *
 * Personalisation is the practice's name and the app's link only: never the reply, the
 * reference or anything about the patient, so a text seen on a locked screen or a shared
 * inbox tells no one anything.
 */

export const NOTIFY_BASE_URL = 'https://api.notifications.service.gov.uk';

export interface GovNotifyOptions {
  apiKey: string;
  smsTemplateId?: string;
  emailTemplateId?: string;
  /** The API's origin; tests point it at a fake server on 127.0.0.1. */
  baseUrl?: string;
  /** How long to wait for Notify before giving up, in milliseconds. */
  timeoutMs?: number;
  /** Where failures go (never the message's recipient or content). */
  log?: (message: string) => void;
  /** The clock for the JWT's iat. */
  now?: () => Date;
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/** The API key's service id and secret: the two uuids at its end. */
export function parseApiKey(apiKey: string): { serviceId: string; secret: string } | null {
  const match = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(apiKey.trim());
  return match ? { serviceId: match[1]!, secret: match[2]! } : null;
}

export function notifyJwt(serviceId: string, secret: string, now: Date): string {
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const claims = base64url(JSON.stringify({ iss: serviceId, iat: Math.floor(now.getTime() / 1000) }));
  const signature = createHmac('sha256', secret).update(`${header}.${claims}`).digest('base64url');
  return `${header}.${claims}.${signature}`;
}

/** A UK mobile in +44 form (a Relay UK code in front is dropped: the text goes to the mobile); null when it cannot take a text. */
export function mobileForText(phone: string): string | null {
  const number = phone.trim().replace(/^1800[12][\s-]*/, '');
  if (!isUkMobile(number)) return null;
  const national = normaliseUkPhone(number);
  return national ? `+44${national.slice(1)}` : null;
}

/** A Notifier that sends through GOV.UK Notify; a failure is logged, never thrown at the caller. */
export function govNotifyTransport(options: GovNotifyOptions): Notifier {
  const baseUrl = (options.baseUrl ?? NOTIFY_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const log = options.log ?? ((message: string) => console.error(message));
  const key = parseApiKey(options.apiKey);
  if (!key) log('notify: NOTIFY_API_KEY is not a GOV.UK Notify API key; no notifications will be sent');

  async function send(kind: 'sms' | 'email', body: Record<string, unknown>): Promise<void> {
    if (!key) return;
    try {
      const response = await fetch(`${baseUrl}/v2/notifications/${kind}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${notifyJwt(key.serviceId, key.secret, options.now?.() ?? new Date())}`,
          'content-type': 'application/json',
          'user-agent': 'front-door',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      // Notify's error bodies name the problem, not the recipient; the status is enough to act on.
      if (!response.ok) log(`notify: ${kind} refused with HTTP ${response.status}`);
      await response.body?.cancel();
    } catch (error) {
      const reason = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError') ? `no answer within ${timeoutMs} ms` : 'could not reach GOV.UK Notify';
      log(`notify: ${kind} not sent: ${reason}`);
    }
  }

  return {
    async replyWaiting(to, practiceName, appUrl) {
      const personalisation = { practice_name: practiceName, link: appUrl };
      const sends: Promise<void>[] = [];
      const mobile = to.phone ? mobileForText(to.phone) : null;
      if (mobile && options.smsTemplateId) sends.push(send('sms', { phone_number: mobile, template_id: options.smsTemplateId, personalisation }));
      const email = to.email?.trim();
      if (email && options.emailTemplateId) sends.push(send('email', { email_address: email, template_id: options.emailTemplateId, personalisation }));
      await Promise.all(sends);
    },
  };
}

/** The transport the environment asks for (FRONT_DOOR_NOTIFY=gov-notify), or null for the default log transport. */
export function govNotifyFromEnv(env: NodeJS.ProcessEnv, log?: (message: string) => void): Notifier | null {
  if (env.FRONT_DOOR_NOTIFY !== 'gov-notify') return null;
  return govNotifyTransport({
    apiKey: env.NOTIFY_API_KEY ?? '',
    smsTemplateId: env.NOTIFY_SMS_TEMPLATE_ID,
    emailTemplateId: env.NOTIFY_EMAIL_TEMPLATE_ID,
    baseUrl: env.NOTIFY_BASE_URL,
    ...(log ? { log } : {}),
  });
}
