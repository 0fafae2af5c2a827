// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { PracticeRoute } from '../../src/platform/practice/practice-route';
import { http, HttpResponse } from 'msw';
import { PracticeHomePage } from '../../src/features/practice-home/practice-home-page';
import { mockServer } from '../../mocks/node';
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
