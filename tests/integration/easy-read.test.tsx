// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { PracticeRoute } from '../../src/platform/practice/practice-route';
import { OUTCOMES } from '../../src/content/triage/all';
import { RequestEasyReadOutcomePage } from '../../src/features/request/pages/easy-read-outcome-page';
import { RequestEasyReadStartPage } from '../../src/features/request/pages/easy-read-start-page';
import { RequestStartPage } from '../../src/features/request/pages/start-page';
import enForms from '../../src/locales/en/forms.json';
import enEasyRead from '../../src/locales/en/easy-read.json';
import enRequest from '../../src/locales/en/request.json';
import enTriage from '../../src/locales/en/triage.json';
import { axeViolations } from '../setup/axe';
import { renderWithApp } from '../setup/render';

const easyOutcomes = enEasyRead.outcomes as Record<string, { title: string; action: string; now: string[]; worseTitle: string; worse: string[] }>;
const easyChannels = enEasyRead.channels as Record<string, { label: string; detail: string }>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');

function renderAt(path: string) {
  return renderWithApp(
    <Routes>
      <Route path="/:ods" element={<PracticeRoute />}>
        <Route path="/:ods/request" element={<RequestStartPage />} />
        <Route path="/:ods/request/easy-read" element={<RequestEasyReadStartPage />} />
        <Route path="/:ods/request/outcome/:outcomeId/easy-read" element={<RequestEasyReadOutcomePage />} />
      </Route>
    </Routes>,
    { path, extra: { en: { request: enRequest, triage: enTriage, 'easy-read': enEasyRead } } },
  );
}

/** Riverside Medical Practice (Y99001) in the mock backend: phone 01632 960001, replies within 1 working day. */
const ODS = 'Y99001';

describe.each(OUTCOMES.map((o) => [o.id, o] as const))('the easy-read %s outcome page', (id, outcome) => {
  it('shows its own easy-read words, the key action in bold, the same ways to get help and the same ending', async () => {
    const easy = easyOutcomes[id]!;
    const { container } = await renderAt(`/${ODS}/request/outcome/${id}/easy-read`);
    // The care card says how urgent it is in words, to screen readers too, before its title.
    const careWords = enForms.careLevel[outcome.careCard];
    const name = new RegExp(`^${escapeRegExp(careWords)}:\\s*${escapeRegExp(easy.title)}$`); // jsdom trims the hidden text's space
    expect(await screen.findByRole('heading', { level: 1, name })).toBeVisible();

    expect(screen.getByText(easy.action).tagName).toBe('STRONG');
    for (const line of [...easy.now, ...easy.worse]) expect(screen.getByText(line)).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: easy.worseTitle })).toBeVisible();

    for (const channel of outcome.channels) {
      const label = easyChannels[channel.id]!.label;
      // Every way to get help that has a number or a web page is a link (issue 16 item 8).
      const linkTo = channel.id === 'practice-phone' ? 'tel:01632960001' : channel.href;
      if (linkTo) expect(screen.getByRole('link', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) }).getAttribute('href')).toBe(linkTo);
      else expect(screen.getByText(label).tagName).toBe('STRONG');
      expect(screen.getByText(easyChannels[channel.id]!.detail)).toBeTruthy();
    }

    if (outcome.stopsJourney) {
      expect(screen.getByTestId('nothing-sent').textContent).toBe(enEasyRead.outcome.nothingSent);
      expect(screen.queryByRole('link', { name: enEasyRead.outcome.continue })).toBeNull();
    } else {
      expect(screen.queryByTestId('nothing-sent')).toBeNull();
      expect(screen.getByRole('link', { name: enEasyRead.outcome.continue }).getAttribute('href')).toBe(`/${ODS}/request/contact`);
    }
    expect(screen.getByRole('link', { name: 'Standard version' }).getAttribute('href')).toBe(`/${ODS}/request/outcome/${id}`);
    expect(document.title).toBe(`${easy.title} (easy read) – Front Door`);
    // No raw catalogue key reaches the patient.
    expect(container.textContent).not.toMatch(/outcomes\.|channels\.|easy-read:|triage:/);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the easy-read start page', () => {
  it('says what this is for and not for, 999 in an emergency in bold, when the practice replies, and starts the request', async () => {
    const { container } = await renderAt(`/${ODS}/request/easy-read`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ask your GP practice for help' })).toBeTruthy();
    expect(screen.getByText('You can send a message to Riverside Medical Practice.')).toBeTruthy();
    expect(screen.getByText('Call 999 now.').tagName).toBe('STRONG');
    expect(screen.getByRole('heading', { name: 'Do not use this if you need help now' })).toBeTruthy();
    expect(screen.getByText('The practice tries to reply within 1 working day.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start now' }).getAttribute('href')).toBe(`/${ODS}/request/type`);
    expect(screen.getByRole('link', { name: 'Standard version' }).getAttribute('href')).toBe(`/${ODS}/request`);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is linked from near the top of the standard start page', async () => {
    await renderAt(`/${ODS}/request`);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Ask your GP practice for help' });
    const link = screen.getByRole('link', { name: 'Easy read version' });
    expect(link.getAttribute('href')).toBe(`/${ODS}/request/easy-read`);
    // Straight after the heading, before the long text.
    expect(heading.nextElementSibling?.contains(link)).toBe(true);
  });

  it('stands out for a patient who told us they need easy read', async () => {
    await renderAt(`/${ODS}/request`);
    await screen.findByRole('heading', { level: 1, name: 'Ask your GP practice for help' });
    expect(screen.getByTestId('version-link')).not.toHaveClass('nhsuk-inset-text');
    localStorage.setItem('front-door:communication-needs', JSON.stringify({ needs: ['easy-read'], language: '' }));
    try {
      await renderAt(`/${ODS}/request`);
      await waitFor(() => expect(screen.getAllByRole('link', { name: 'Easy read version' })).toHaveLength(2));
      const [, second] = screen.getAllByTestId('version-link');
      expect(second).toHaveClass('nhsuk-inset-text');
    } finally {
      localStorage.removeItem('front-door:communication-needs');
    }
  });

  it('an unknown outcome goes to the easy-read start page', async () => {
    await renderAt(`/${ODS}/request/outcome/not-an-outcome/easy-read`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ask your GP practice for help' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Standard version' })).toBeTruthy();
  });
});
