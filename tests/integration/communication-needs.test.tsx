// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { PracticeRoute } from '../../src/platform/practice/practice-route';
import { RequestOutcomePage } from '../../src/features/request/pages/outcome-page';
import { RequestSentPage } from '../../src/features/request/pages/sent-page';
import { SettingsPage } from '../../src/features/settings/settings-page';
import { savedCommunicationNeeds, saveCommunicationNeeds } from '../../src/platform/device/communication-needs';
import { setSharedDevice } from '../../src/platform/device/device-settings';
import type { SentEntry } from '../../src/domain/request/outbox-state';
import type { RequestDraft } from '../../src/domain/request/draft';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { replySummary } from '../../src/domain/request/reply-summary';
import { closeDeviceDb, OUTBOX, putNow } from '../../src/platform/device/device-db';
import { clearOutbox, flushOutbox, submitRequest } from '../../src/platform/device/outbox';
import { mockStore } from '../../mocks/node';
import { completeDraft, NOW } from '../unit/request/fixtures';
import enRequest from '../../src/locales/en/request.json';
import enSettings from '../../src/locales/en/settings.json';
import enTriage from '../../src/locales/en/triage.json';
import { renderWithApp } from '../setup/render';

const words = { extra: { en: { request: enRequest, settings: enSettings, triage: enTriage } } };
const ID = '0b6c4f1e-2d3a-4c5b-8e9f-a1b2c3d4e5f6';

/**
 * A request sent from this page, through the real outbox (IndexedDB, from fake-indexeddb)
 * to the mock practice backend: the confirmation reads it as a patient would meet it.
 */
async function sendFromThisPage(answers: Partial<RequestDraft>) {
  const draft = { ...completeDraft(answers), id: ID };
  await submitRequest(draft, buildRequestBundle(draft, null, [], NOW), replySummary(draft));
  await flushOutbox();
}

/** A request sent from an earlier page (or an earlier version): only its reference and status are on the device. */
function sentEarlier(): Promise<void> {
  const at = '2026-11-23T10:00:00.000Z';
  const entry: SentEntry = { id: ID, ods: 'Y99001', kind: 'admin', queuedAt: at, status: 'sent', reference: 'FD-ABC-DEF', sentAt: at };
  return putNow(OUTBOX, entry);
}

async function renderSent() {
  await renderWithApp(
    <Routes>
      <Route path="/:ods" element={<PracticeRoute />}>
        <Route path="/:ods/request/sent/:id" element={<RequestSentPage />} />
      </Route>
    </Routes>,
    { path: `/Y99001/request/sent/${ID}`, ...words },
  );
  await screen.findByRole('heading', { level: 1, name: 'Request sent' });
}

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  await clearOutbox(); // what this page remembers of the last test
  globalThis.indexedDB = new IDBFactory();
  closeDeviceDb();
  mockStore.clock.set(NOW);
});

describe('the confirmation says how the practice will reply', () => {
  it('text only, with an interpreter and easy read', async () => {
    await sendFromThisPage({ contact: { methods: ['text'], phone: '07700 900123', email: '', times: [], leaveMessage: undefined }, needs: { needs: ['interpreter', 'easy-read'], language: 'Polish' } });
    await renderSent();
    expect(screen.getByTestId('reply-how').textContent).toBe(
      'The practice will text you. They know you need an interpreter who speaks Polish. They know you need easy read letters.',
    );
    expect(screen.queryByText('They will contact you the way you asked.')).toBeNull();
  });

  it('phone and email, through Relay UK, with BSL and large print', async () => {
    await sendFromThisPage({ needs: { needs: ['bsl', 'relay', 'large-print'], language: '' } });
    await renderSent();
    expect(screen.getByTestId('reply-how').textContent).toBe(
      'The practice may phone you. They may also email you. They know you need an interpreter for British Sign Language (BSL). They will call you through Relay UK. They know you need large print letters.',
    );
  });

  it('a request sent from an earlier page still shows, with the general line: how to reply is not kept on the device', async () => {
    await sentEarlier();
    await renderSent();
    expect(screen.getByText('They will contact you the way you asked.')).toBeTruthy();
    expect(screen.queryByTestId('reply-how')).toBeNull();
  });
});

describe('ways to get help on an emergency outcome', () => {
  async function openEmergencyOutcome() {
    await renderWithApp(
      <Routes>
        <Route path="/:ods" element={<PracticeRoute />}>
          <Route path="/:ods/request/outcome/:outcomeId" element={<RequestOutcomePage />} />
        </Route>
      </Routes>,
      { path: '/Y99001/request/outcome/call-999', ...words },
    );
    return within(await screen.findByTestId('ways-to-get-help')).getAllByRole('listitem').map((li) => li.textContent);
  }

  it('with BSL and relay saved on this device, those come first and 999 stays', async () => {
    saveCommunicationNeeds({ needs: ['bsl', 'relay'], language: '' });
    const ways = await openEmergencyOutcome();
    expect(ways.map((w) => w!.split(' – ')[0])).toEqual(['999 BSL', 'Call 18000', 'Text 999', 'Call 999']);
    expect(screen.getByText('We have put the ways that suit you first.')).toBeTruthy();
  });

  it('with nothing saved, the usual order and no line about it', async () => {
    const ways = await openEmergencyOutcome();
    expect(ways[0]).toMatch(/^Call 999/);
    expect(screen.queryByText('We have put the ways that suit you first.')).toBeNull();
  });
});

describe('"Help to talk to us" on /settings', () => {
  async function openSettings() {
    await renderWithApp(<SettingsPage />, { path: '/settings', ...words });
    return screen.getByTestId('communication-needs');
  }

  it('shows what was saved from the last request, and changes are saved at once', async () => {
    saveCommunicationNeeds({ needs: ['interpreter'], language: 'Urdu' });
    const section = within(await openSettings());
    expect(section.getByRole('heading', { level: 2, name: 'Help to talk to us' })).toBeTruthy();
    expect((section.getByLabelText('An interpreter') as HTMLInputElement).checked).toBe(true);
    expect((section.getByLabelText('Which language?') as HTMLInputElement).value).toBe('Urdu');

    fireEvent.click(section.getByLabelText('A British Sign Language (BSL) interpreter'));
    fireEvent.change(section.getByLabelText('Which language?'), { target: { value: 'Bengali' } });
    expect(savedCommunicationNeeds()).toEqual({ needs: ['interpreter', 'bsl'], language: 'Bengali' });

    fireEvent.click(section.getByLabelText('An interpreter'));
    expect(section.queryByLabelText('Which language?')).toBeNull();
    expect(savedCommunicationNeeds()).toEqual({ needs: ['bsl'], language: '' });
  });

  it('can be removed', async () => {
    saveCommunicationNeeds({ needs: ['relay'], language: '' });
    const section = within(await openSettings());
    fireEvent.click(section.getByRole('button', { name: 'Remove these choices' }));
    expect(savedCommunicationNeeds()).toBeNull();
    expect((section.getByLabelText('Relay UK (text relay)') as HTMLInputElement).checked).toBe(false);
    expect(section.getByRole('status').textContent).toBe('Your choices have been removed.');
    expect(section.queryByRole('button', { name: 'Remove these choices' })).toBeNull();
  });

  it('choosing "shared device" removes them and asks nothing', async () => {
    saveCommunicationNeeds({ needs: ['bsl'], language: '' });
    const section = within(await openSettings());
    fireEvent.click(screen.getByLabelText('Yes, this is a shared device'));
    expect(localStorage.getItem('front-door:communication-needs')).toBeNull();
    expect(section.getByText('This is a shared device, so we do not save it here.')).toBeTruthy();
    expect(section.queryByRole('checkbox')).toBeNull();
    setSharedDevice(false);
  });
});
