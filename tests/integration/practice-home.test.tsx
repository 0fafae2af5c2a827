// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { PracticeRoute } from '../../src/platform/practice/practice-route';
import { http, HttpResponse } from 'msw';
import { PracticeHomePage } from '../../src/features/practice-home/practice-home-page';
import { mockServer, mockStore } from '../../mocks/node';
import { renderWithApp } from '../setup/render';

function renderHome(path: string, language = 'en') {
  return renderWithApp(
    <Routes>
      <Route path="/:ods" element={<PracticeRoute />}>
        <Route index element={<PracticeHomePage />} />
      </Route>
    </Routes>,
    { path, language },
  );
}

describe('practice home with the mock backend', () => {
  it('shows the practice from the backend with its opening hours', async () => {
    await renderHome('/Y99004');
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbour Street Surgery' })).toBeTruthy();
    expect(screen.getByText(/1 Harbour Street, Sampleford/)).toBeTruthy();
    expect(screen.getByText('We aim to reply within 3 working days.')).toBeTruthy();
    expect(screen.getByRole('row', { name: /Saturday/ }).textContent).toContain('Closed');
  });

  it('in Welsh, uses the Welsh words for days and the plural form for working days', async () => {
    await renderHome('/Y99004', 'cy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbour Street Surgery' })).toBeTruthy();
    expect(screen.getByRole('row', { name: /Dydd Llun/ }).textContent).toContain('08:00 i 18:30');
    expect(screen.getByText('Ein nod yw ateb o fewn 3 diwrnod gwaith.')).toBeTruthy();
  });

  it('an unknown ODS code gets the not-found page with a search box', async () => {
    await renderHome('/Z12345');
    expect(await screen.findByRole('heading', { level: 1, name: 'We could not find that practice' })).toBeTruthy();
    expect(screen.getByLabelText('Practice name, postcode or ODS code')).toBeTruthy();
  });

  it('settings that break the schema are not trusted: the patient is told, not shown wrong hours', async () => {
    mockServer.use(http.get('*/api/practices/:ods', () => HttpResponse.json({ schemaVersion: 99, name: 'Broken' })));
    await renderHome('/Y99001');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, we cannot show this practice right now' })).toBeTruthy();
    expect(screen.queryByText('Broken')).toBeNull();
  });
});

describe('a day that is full (GET /api/practices/:ods/capacity)', () => {
  // Harbour Street on a Monday at 7pm: admin requests open until 8pm, capped at 2 a day outside core hours.
  const MONDAY_EVENING = new Date('2026-11-23T19:00:00Z');
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MONDAY_EVENING);
    mockStore.clock.set(MONDAY_EVENING);
  });
  afterEach(() => vi.useRealTimers());

  it('says admin requests are full for today and when they open again, not "Open now"', async () => {
    mockServer.use(http.get('*/api/practices/:ods/capacity', () => HttpResponse.json({ medical: { full: false }, admin: { full: true } })));
    await renderHome('/Y99004');
    expect(await screen.findByText(/Full for today\. Open again Tuesday 24 November at 7am\./)).toBeTruthy();
    expect(screen.queryByText(/Open now until/)).toBeNull();
  });

  it('when the call fails, shows what the settings say and never holds the page up', async () => {
    mockServer.use(http.get('*/api/practices/:ods/capacity', () => HttpResponse.error()));
    await renderHome('/Y99004');
    expect(await screen.findByText(/Open now until 8pm\./)).toBeTruthy();
    expect(screen.queryByText(/Full for today/)).toBeNull();
  });
});
