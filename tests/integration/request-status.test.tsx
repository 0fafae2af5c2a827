// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import { mockServer, mockStore } from '../../mocks/node';
import { PracticeRoute } from '../../src/platform/practice/practice-route';
import { RequestSentPage } from '../../src/features/request/pages/sent-page';
import { SettingsPage } from '../../src/features/settings/settings-page';
import { setSharedDevice } from '../../src/platform/device/device-settings';
import { closeDeviceDb, OUTBOX, putNow, readAll } from '../../src/platform/device/device-db';
import { clearOutbox, flushOutbox, listOutbox, submitRequest } from '../../src/platform/device/outbox';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { REQUEST_CLIENT_ID_SYSTEM, REQUEST_REFERENCE_SYSTEM } from '../../src/domain/request/fhir-systems';
import { markRejected, queued, type OutboxEntry, type SentEntry } from '../../src/domain/request/outbox-state';
import { capacityQuery } from '../../src/platform/practice/capacity-query';
import type { LastKnownStatus, PracticeReply } from '../../src/domain/request/request-status';
import { replySummary } from '../../src/domain/request/reply-summary';
import { completeDraft, NOW } from '../unit/request/fixtures';
import enRequest from '../../src/locales/en/request.json';
import enSettings from '../../src/locales/en/settings.json';
import enTriage from '../../src/locales/en/triage.json';
import { renderWithApp } from '../setup/render';

/**
 * After Send, the patient's device asks the practice how the request is going
 * (docs/practice-area-api.md, "The patient's device: status and replies"). The shared mock
 * gains the status endpoint and the key in the send answer with the server's branch; until
 * then each test says what the practice answers.
 */
const words = { extra: { en: { request: enRequest, settings: enSettings, triage: enTriage } } };
const ID = '0b6c4f1e-2d3a-4c5b-8e9f-a1b2c3d4e5f6';
const KEY = '9f86d081884c7d659a2feaa0c55ad015';
const REFERENCE = 'FD-ABC-DEF';
const SENT_AT = '2026-11-23T10:00:00.000Z';
const REPLY: PracticeReply = { text: 'Please pick up your fit note on <b>Tuesday</b>.', sentAt: '2026-11-23T14:00:00Z', inviteAppointment: false };

/** What the practice answers a send with: this request's Task, and (unless told not to) the status key. */
function practiceAnswersSend({ withKey = true } = {}) {
  mockServer.use(
    http.post('*/api/fhir', () =>
      HttpResponse.json({
        resourceType: 'Bundle',
        type: 'transaction-response',
        ...(withKey ? { link: [{ relation: 'status-key', url: `urn:front-door:status-key:${KEY}` }] } : {}),
        entry: [
          {
            response: { status: '201 Created' },
            resource: {
              resourceType: 'Task',
              id: 't1',
              identifier: [
                { system: REQUEST_CLIENT_ID_SYSTEM, value: ID },
                { system: REQUEST_REFERENCE_SYSTEM, value: REFERENCE },
              ],
            },
          },
        ],
      }),
    ),
  );
}

/** What the practice says about the request; every question it was asked, to check what the device sent. */
function practiceSays(answer: { status: number } | { status: string; replies: PracticeReply[] }) {
  const asked: { body: unknown; credentials: string; cookie: string | null }[] = [];
  mockServer.use(
    http.post('*/api/requests/status', async ({ request }) => {
      asked.push({ body: await request.json(), credentials: request.credentials, cookie: request.headers.get('cookie') });
      if (typeof answer.status === 'number') {
        return HttpResponse.json(
          { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] },
          { status: answer.status, headers: { 'Cache-Control': 'no-store' } },
        );
      }
      return HttpResponse.json({ ...answer, practice: { ods: 'Y99001', name: 'Test Surgery' } }, { headers: { 'Cache-Control': 'no-store' } });
    }),
  );
  return asked;
}

async function send() {
  const draft = { ...completeDraft(), id: ID };
  await submitRequest(draft, buildRequestBundle(draft, null, [], NOW), replySummary(draft));
  await flushOutbox();
}

/** A request sent on an earlier visit, as the device keeps it. */
function sentEarlier(extra: Partial<SentEntry> = {}) {
  const entry: SentEntry = { id: ID, ods: 'Y99001', kind: 'admin', queuedAt: SENT_AT, status: 'sent', reference: REFERENCE, sentAt: SENT_AT, statusKey: KEY, ...extra };
  return putNow(OUTBOX, entry);
}

const lastKnown = (status: LastKnownStatus['status'], replies: PracticeReply[] = []): LastKnownStatus => ({ status, replies, checkedAt: '2026-11-23T15:00:00.000Z' });

async function openSettings() {
  const view = await renderWithApp(<SettingsPage />, { path: '/settings', ...words });
  await screen.findByTestId('outbox');
  return view;
}

/** The page after Send, for this request, whatever came of it. */
const renderConfirmation = () =>
  renderWithApp(
    <Routes>
      <Route path="/:ods" element={<PracticeRoute />}>
        <Route path="/:ods/request/sent/:id" element={<RequestSentPage />} />
      </Route>
    </Routes>,
    { path: `/Y99001/request/sent/${ID}`, ...words },
  );

async function openConfirmation() {
  await renderConfirmation();
  await screen.findByRole('heading', { level: 1, name: 'Request sent' });
}

const stored = () => readAll<OutboxEntry>(OUTBOX);
const status = () => screen.findByTestId('request-status');
/** The status as it settles: "checking" comes first while the practice is asked. */
const expectStatusToSay = (text: string) => waitFor(() => expect(screen.getByTestId('request-status')).toHaveTextContent(text));

function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  onlineManager.setOnline(false);
}

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  await clearOutbox();
  globalThis.indexedDB = new IDBFactory();
  closeDeviceDb();
  mockStore.clock.set(NOW);
});

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('after Send', () => {
  it('the device keeps the reference and the status key, never the answers', async () => {
    practiceAnswersSend();
    await send();
    const [entry] = await stored();
    expect(entry).toMatchObject({ status: 'sent', reference: REFERENCE, statusKey: KEY });
    const kept = JSON.stringify(await stored());
    for (const typed of ['Testperson', '07700 900123', 'ada@example.com', 'fit note for my back', '999 999 9999']) expect(kept).not.toContain(typed);
  });

  it('on a shared device nothing is saved: the key lives in the page, and the status still shows', async () => {
    setSharedDevice(true);
    practiceAnswersSend();
    const asked = practiceSays({ status: 'replied', replies: [REPLY] });
    await send();
    expect(await stored()).toEqual([]);
    expect(await listOutbox()).toEqual([expect.objectContaining({ status: 'sent', statusKey: KEY })]);
    await openSettings();
    expect(await screen.findByTestId('practice-reply')).toHaveTextContent(REPLY.text);
    expect(asked).toHaveLength(1);
    // The reply came, and still nothing is written on this device.
    expect(await stored()).toEqual([]);
  });

  it('the confirmation page shows the status the send just learnt, without asking the practice again (each ask costs data)', async () => {
    practiceAnswersSend();
    const asked = practiceSays({ status: 'replied', replies: [REPLY] });
    await send();
    await openConfirmation();
    await expectStatusToSay('Received. The practice has your request.');
    expect(asked).toEqual([]);
  });

  it('a practice that gives no key: the request shows as sent, and no status is asked', async () => {
    practiceAnswersSend({ withKey: false });
    const asked = practiceSays({ status: 'received', replies: [] });
    await send();
    expect((await stored())[0]).not.toHaveProperty('statusKey');
    await openSettings();
    expect(within(screen.getByTestId('outbox')).getByText(/Reference: FD-ABC-DEF/)).toBeInTheDocument();
    expect(screen.queryByTestId('request-status')).toBeNull();
    expect(asked).toEqual([]);
  });
});

describe('a request the practice refused as full', () => {
  it('makes the next page ask the practice whether it is full, not show the minute-old answer', async () => {
    const draft = { ...completeDraft(), id: ID };
    await putNow(OUTBOX, markRejected(queued(ID, 'Y99001', 'admin', buildRequestBundle(draft, null, [], NOW), NOW), 'capacity', [], NOW));
    const { queryClient } = await renderConfirmation();
    // What the practice home learnt a moment ago: not full.
    queryClient.setQueryData(capacityQuery('Y99001').queryKey, { medical: false, admin: false });
    expect(await screen.findByText('The practice has no more room for online requests today.', { exact: false })).toBeInTheDocument();
    await waitFor(() => expect(queryClient.getQueryState(capacityQuery('Y99001').queryKey)?.isInvalidated).toBe(true));
  });
});

describe('/settings shows how each request is going', () => {
  it('asks with the reference and key, without cookies or credentials', async () => {
    await sentEarlier();
    const asked = practiceSays({ status: 'received', replies: [] });
    await openSettings();
    await expectStatusToSay('Received. The practice has your request.');
    expect(asked).toEqual([{ body: { reference: REFERENCE, key: KEY }, credentials: 'omit', cookie: null }]);
  });

  it.each([
    ['being-looked-at', 'Being looked at. Someone at the practice is reading it.'],
    ['closed', 'Closed. The practice has finished with this request.'],
  ] as const)('%s, in the patient’s words', async (state, text) => {
    await sentEarlier();
    practiceSays({ status: state, replies: [] });
    await openSettings();
    await waitFor(async () => expect(await status()).toHaveAttribute('data-status', state));
    expect(await status()).toHaveTextContent(text);
  });

  it('replied: the practice’s words shown as text (markup stays literal), set apart for right-to-left pages', async () => {
    await sentEarlier();
    practiceSays({ status: 'replied', replies: [{ ...REPLY, text: `${REPLY.text}\nThank you.` }] });
    await openSettings();
    const reply = await screen.findByTestId('practice-reply');
    expect(reply.textContent).toBe('Please pick up your fit note on <b>Tuesday</b>.Thank you.');
    // Escaped, so no <b> element; the line break a person typed, as a line break.
    expect(reply.innerHTML).toBe('Please pick up your fit note on &lt;b&gt;Tuesday&lt;/b&gt;.<br>Thank you.');
    expect(reply).toHaveAttribute('dir', 'auto');
    expect(reply).not.toHaveAttribute('lang');
    expect(await status()).toHaveTextContent('Replied. The practice has sent you a reply.');
    expect(screen.getByText('What the practice said')).toBeInTheDocument();
    expect(screen.queryByTestId('appointment-offer')).toBeNull();
  });

  it('keeps the answer on the device for when it is offline', async () => {
    await sentEarlier();
    practiceSays({ status: 'replied', replies: [REPLY] });
    await openSettings();
    await screen.findByTestId('practice-reply');
    await waitFor(async () => expect((await stored())[0]).toMatchObject({ lastKnown: { status: 'replied', replies: [REPLY] } }));
  });

  it('offers the practice’s appointment booking only when the practice invites one', async () => {
    await sentEarlier();
    practiceSays({ status: 'replied', replies: [{ ...REPLY, inviteAppointment: true }] });
    await openSettings();
    const offer = await screen.findByTestId('appointment-offer');
    expect(offer).toHaveTextContent('The practice would like you to book an appointment.');
    expect(within(offer).getByRole('link', { name: 'Book an appointment' })).toHaveAttribute('href', '/Y99001/appointments');
  });

  it('offline: the last known status and reply, and when they were known; the practice is not asked', async () => {
    await sentEarlier({ lastKnown: lastKnown('replied', [REPLY]) });
    const asked = practiceSays({ status: 'closed', replies: [] });
    goOffline();
    await openSettings();
    expect(await status()).toHaveTextContent('Replied. The practice has sent you a reply.');
    expect(await status()).toHaveTextContent('You are offline. We last checked on Monday 23 November at 3pm.');
    expect(screen.getByTestId('practice-reply')).toHaveTextContent(REPLY.text);
    expect(asked).toEqual([]);
  });

  it('offline with nothing known yet: says it will check when back online', async () => {
    await sentEarlier();
    practiceSays({ status: 'closed', replies: [] });
    goOffline();
    await openSettings();
    await expectStatusToSay('You are offline. We will check for news when you are back online.');
  });

  it('back online: asks again and shows the news', async () => {
    await sentEarlier({ lastKnown: lastKnown('received') });
    const asked = practiceSays({ status: 'closed', replies: [] });
    goOffline();
    await openSettings();
    expect(await status()).toHaveAttribute('data-status', 'received');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    onlineManager.setOnline(true);
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => expect(await status()).toHaveAttribute('data-status', 'closed'));
    expect(asked).toHaveLength(1);
  });

  it('a 404 (after the practice’s retention): says so plainly, no error', async () => {
    await sentEarlier();
    practiceSays({ status: 404 });
    await openSettings();
    await waitFor(async () => expect(await status()).toHaveAttribute('data-status', 'gone'));
    expect(await status()).toHaveTextContent('The practice no longer keeps this request online. If you need to know more, contact the practice.');
  });

  it('a practice that cannot answer now: the last known status, said to be from earlier', async () => {
    await sentEarlier({ lastKnown: lastKnown('being-looked-at') });
    practiceSays({ status: 503 });
    await openSettings();
    await waitFor(async () => expect(await status()).toHaveAttribute('data-stale', 'cannot-check'));
    expect(await status()).toHaveTextContent('Being looked at.');
    expect(await status()).toHaveTextContent('We cannot check for news right now. We last checked on Monday 23 November at 3pm.');
  });

  it('Clear everything removes the key and the reply from the device', async () => {
    await sentEarlier({ lastKnown: lastKnown('replied', [REPLY]) });
    practiceSays({ status: 'replied', replies: [REPLY] });
    await openSettings();
    await screen.findByTestId('practice-reply');
    fireEvent.click(screen.getByRole('button', { name: 'Clear everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    await screen.findByTestId('cleared');
    expect(await stored()).toEqual([]);
    expect(screen.queryByTestId('practice-reply')).toBeNull();
  });
});

describe('the confirmation page', () => {
  it('shows the news under its own heading, with the reply', async () => {
    await sentEarlier();
    practiceSays({ status: 'replied', replies: [{ ...REPLY, inviteAppointment: true }] });
    await openConfirmation();
    expect(await screen.findByRole('heading', { level: 2, name: 'News from the practice' })).toBeInTheDocument();
    expect(await screen.findByTestId('practice-reply')).toHaveTextContent(REPLY.text);
    expect(screen.getByTestId('appointment-offer')).toBeInTheDocument();
  });

  it('a request sent without a key shows as before: no news section, nothing asked', async () => {
    await sentEarlier({ statusKey: undefined });
    const asked = practiceSays({ status: 'received', replies: [] });
    await openConfirmation();
    expect(screen.getByTestId('reference')).toHaveTextContent(REFERENCE);
    expect(screen.queryByRole('heading', { name: 'News from the practice' })).toBeNull();
    expect(asked).toEqual([]);
  });
});
