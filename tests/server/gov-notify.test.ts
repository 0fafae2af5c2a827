import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { govNotifyFromEnv, govNotifyTransport, mobileForText, parseApiKey } from '../../server/notify/gov-notify';

/*
 * GOV.UK Notify's transport against a fake Notify on 127.0.0.1 (real HTTP): what it
 * sends, how it signs, and that a failing or silent Notify never breaks a reply.
 */
const SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const API_KEY = `front_door_test-${SERVICE_ID}-${SECRET}`;
const SMS_TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
const EMAIL_TEMPLATE = 'a1b2c3d4-2a88-4f6e-b855-c550268ce08b';
const REPLY_TEXT = 'Your blood test results are normal.';
const NOW = new Date('2026-11-23T10:00:00Z');

interface Received {
  path: string;
  authorization: string;
  body: Record<string, unknown>;
  raw: string;
}
let received: Received[] = [];
let answer: (res: ServerResponse) => void = (res) => res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"x"}');
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', authorization: req.headers.authorization ?? '', body: JSON.parse(raw) as Record<string, unknown>, raw });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  received = [];
  answer = (res) => res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"x"}');
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const transport = (overrides: Partial<Parameters<typeof govNotifyTransport>[0]> = {}) => {
  const logged: string[] = [];
  const notifier = govNotifyTransport({ apiKey: API_KEY, smsTemplateId: SMS_TEMPLATE, emailTemplateId: EMAIL_TEMPLATE, baseUrl, now: () => NOW, log: (m) => logged.push(m), ...overrides });
  return { notifier, logged };
};

/** Checks a JWT as Notify would: HS256 over header.claims with the key's secret. */
function verifiedClaims(authorization: string): Record<string, unknown> {
  const [scheme, token] = authorization.split(' ');
  expect(scheme).toBe('Bearer');
  const [header, claims, signature] = token!.split('.');
  expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ typ: 'JWT', alg: 'HS256' });
  expect(signature).toBe(createHmac('sha256', SECRET).update(`${header}.${claims}`).digest('base64url'));
  return JSON.parse(Buffer.from(claims!, 'base64url').toString()) as Record<string, unknown>;
}

describe('GOV.UK Notify transport', () => {
  it('texts the mobile in +44 form and emails the address, signed with a JWT for the service, naming only the practice and the link', async () => {
    const { notifier, logged } = transport();
    await notifier.replyWaiting({ phone: '07700 900123', email: 'ada@example.com' }, 'Riverside Surgery', 'https://frontdoor.example/settings');
    expect(logged).toEqual([]);
    const sms = received.find((r) => r.path === '/v2/notifications/sms')!;
    const email = received.find((r) => r.path === '/v2/notifications/email')!;
    const personalisation = { practice_name: 'Riverside Surgery', link: 'https://frontdoor.example/settings' };
    expect(sms.body).toEqual({ phone_number: '+447700900123', template_id: SMS_TEMPLATE, personalisation });
    expect(email.body).toEqual({ email_address: 'ada@example.com', template_id: EMAIL_TEMPLATE, personalisation });
    for (const request of [sms, email]) expect(verifiedClaims(request.authorization)).toEqual({ iss: SERVICE_ID, iat: NOW.getTime() / 1000 });
  });

  it('sends the practice name and the link only: never the reply text', async () => {
    const { notifier } = transport();
    await notifier.replyWaiting({ phone: '+44 7700 900123' }, 'Riverside Surgery', 'https://frontdoor.example/settings');
    expect(received).toHaveLength(1);
    expect(received[0]!.raw).not.toContain(REPLY_TEXT);
    expect(Object.keys(received[0]!.body.personalisation as object).sort()).toEqual(['link', 'practice_name']);
  });

  it('sends an email only when the patient gave one, and no text to a landline', async () => {
    const { notifier } = transport();
    await notifier.replyWaiting({ phone: '020 7946 0000' }, 'Riverside Surgery', 'https://frontdoor.example/settings');
    expect(received).toEqual([]);
    await notifier.replyWaiting({ phone: '18001 07700 900123', email: '  ' }, 'Riverside Surgery', 'https://frontdoor.example/settings');
    expect(received.map((r) => [r.path, r.body.phone_number])).toEqual([['/v2/notifications/sms', '+447700900123']]);
  });

  it('logs and returns when Notify answers 500, without throwing or logging who it was for', async () => {
    answer = (res) => res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"error":"Exception"}]}');
    const { notifier, logged } = transport();
    await expect(notifier.replyWaiting({ phone: '07700 900123', email: 'ada@example.com' }, 'Riverside Surgery', 'https://frontdoor.example/settings')).resolves.toBeUndefined();
    expect(logged.sort()).toEqual(['notify: email refused with HTTP 500', 'notify: sms refused with HTTP 500']);
    expect(logged.join()).not.toMatch(/7700|ada@/);
  });

  it('gives up when Notify does not answer in time, without throwing', async () => {
    answer = () => undefined; // never answers
    const { notifier, logged } = transport({ timeoutMs: 200 });
    await expect(notifier.replyWaiting({ phone: '07700 900123' }, 'Riverside Surgery', 'https://frontdoor.example/settings')).resolves.toBeUndefined();
    expect(logged).toEqual(['notify: sms not sent: no answer within 200 ms']);
  });

  it('logs and returns when Notify cannot be reached at all', async () => {
    const { notifier, logged } = transport({ baseUrl: 'http://127.0.0.1:9' });
    await expect(notifier.replyWaiting({ phone: '07700 900123' }, 'Riverside Surgery', 'https://frontdoor.example/settings')).resolves.toBeUndefined();
    expect(logged).toEqual(['notify: sms not sent: could not reach GOV.UK Notify']);
  });

  it('reads its settings from the environment, and is off unless FRONT_DOOR_NOTIFY=gov-notify', async () => {
    expect(govNotifyFromEnv({ FRONT_DOOR_NOTIFY: 'log', NOTIFY_API_KEY: API_KEY })).toBeNull();
    const notifier = govNotifyFromEnv({ FRONT_DOOR_NOTIFY: 'gov-notify', NOTIFY_API_KEY: API_KEY, NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE, NOTIFY_BASE_URL: baseUrl }, () => undefined)!;
    await notifier.replyWaiting({ phone: '07700 900123', email: 'ada@example.com' }, 'Riverside Surgery', 'https://frontdoor.example/settings');
    expect(received.map((r) => r.path)).toEqual(['/v2/notifications/sms']); // no email template configured
  });

  it('reads the service id and secret from an API key, and turns mobiles into +44 form', () => {
    expect(parseApiKey(API_KEY)).toEqual({ serviceId: SERVICE_ID, secret: SECRET });
    expect(parseApiKey('not-a-key')).toBeNull();
    expect(mobileForText('+44 (0)7700 900123')).toBe('+447700900123');
    expect(mobileForText('0044 7700 900123')).toBe('+447700900123');
    expect(mobileForText('01632 960001')).toBeNull();
  });
});
