// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { NhsAppNudge } from '../../src/components/nhs-app-nudge';
import { mockServer, mockStore } from '../../mocks/node';
import enNudge from '../../src/locales/en/nhs-app-nudge.json';
import { usePracticeSettings } from '../../src/platform/practice/practice-query';
import { renderWithApp } from '../setup/render';

/** Shows the practice's name once its settings have arrived, in the same render as the nudge's decision. */
function PracticeName({ ods }: { ods: string }) {
  return <p>{usePracticeSettings(ods).data?.name}</p>;
}

const withNudgeWords = { extra: { en: { 'nhs-app-nudge': enNudge } } };

describe('NHS App reminder', () => {
  // "Never twice in a visit" lives in storage: each test is a new visit on a new device.
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('shows after a request for a practice with its NHS App journey on', async () => {
    await renderWithApp(<NhsAppNudge ods="Y99001" placement="request-sent" />, withNudgeWords);
    expect(await screen.findByTestId('nhs-app-nudge')).toBeTruthy();
  });

  it('never shows for a practice that switched its NHS App journey off, wherever it is placed', async () => {
    const practice = { ...mockStore.practices.get('Y99001')!, journeys: { requests: true, appointments: true, nhsApp: false } };
    let asked = false;
    mockServer.use(
      http.get('*/api/practices/Y99001', () => {
        asked = true;
        return HttpResponse.json(practice);
      }),
    );
    // Load the lazy part first, so nothing is still on its way when we look.
    await import('../../src/components/nhs-app-nudge/nudge-when-due');
    await renderWithApp(
      <>
        <NhsAppNudge ods="Y99001" placement="booking" />
        <PracticeName ods="Y99001" />
      </>,
      withNudgeWords,
    );
    // Both read the same query, so they render with its answer together.
    expect(await screen.findByText(practice.name)).toBeVisible();
    expect(asked).toBe(true);
    expect(screen.queryByTestId('nhs-app-nudge')).toBeNull();
  });
});
