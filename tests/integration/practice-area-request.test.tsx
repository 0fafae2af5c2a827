// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { mockServer, mockStore } from '../../mocks/node';
import { operationOutcome } from '../../mocks/handlers/responses';
import { axeViolations } from '../setup/axe';
import { renderPracticeArea } from './practice-area-setup';

const openChestPain = async () => {
  const view = await renderPracticeArea('/practice/requests/FD-1001', { as: 'staff' });
  await screen.findByRole('heading', { level: 1, name: /Request FD-1001/ }, { timeout: 5000 });
  return view;
};

describe('a request', () => {
  it('shows communication needs first, then the patient and who asked, contact, answers, rules with their NHS sources', async () => {
    const { container } = await openChestPain();
    const needs = screen.getByTestId('communication-needs');
    const patient = screen.getByRole('heading', { level: 2, name: 'Patient' });
    expect(needs.textContent).toContain('British Sign Language interpreter');
    expect(needs.compareDocumentPosition(patient) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Sam Fictional (Daughter)')).toBeTruthy();
    expect(screen.getByText('999 000 0001')).toBeTruthy();
    expect(screen.getByText(/Phone call after 2pm/)).toBeTruthy();
    expect(screen.getByText('Does the pain spread to your arm, neck or jaw?')).toBeTruthy();
    const rule = within(screen.getByTestId('fired-rules')).getByRole('link', { name: /NHS source/ });
    expect(rule.textContent).toContain('for Chest pain on exertion');
    expect(rule).toHaveAttribute('href', 'https://www.nhs.uk/conditions/chest-pain/');
    expect(screen.getByText('Triage content version 2026.11.1')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Photo 1 sent by the patient' })).toHaveAttribute('src', expect.stringContaining('/api/practice/requests/FD-1001/photos/p1'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows the patient's own words as text: markup in them is never made into HTML", async () => {
    await openChestPain();
    const ownWords = screen.getByTestId('own-words');
    expect(ownWords.textContent).toBe('It <b>hurts</b> when I climb stairs <script>alert(1)</script>');
    expect(ownWords.innerHTML).not.toMatch(/<(b|script)\b/);
    expect(ownWords.innerHTML).toContain('&lt;b&gt;hurts');
  });

  it('a reply the server refuses keeps every word typed; sent, it shows in the replies', async () => {
    const user = userEvent.setup();
    await openChestPain();
    mockServer.use(http.post('*/api/practice/requests/:reference/replies', () => operationOutcome(400, 'invalid', 'The reply could not be stored.', ['text']), { once: true }));
    const reply = 'Please come in at 3pm today. Bring your inhaler.';
    await user.type(screen.getByLabelText('Your reply'), reply);
    await user.click(screen.getByLabelText('Invite the patient to book an appointment'));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The reply could not be stored.');
    expect(screen.getByLabelText('Your reply')).toHaveValue(reply);
    expect(screen.getByLabelText('Invite the patient to book an appointment')).toBeChecked();
    expect(screen.getByText(`You can type ${2000 - reply.length} more characters`)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Your reply has been sent.')).toBeTruthy();
    expect(screen.getByText(reply)).toBeTruthy();
    expect(screen.getByText(/Invited to book an appointment/)).toBeTruthy();
    expect(screen.getByLabelText('Your reply')).toHaveValue('');
    expect(mockStore.practiceArea.requests.find((r) => r.reference === 'FD-1001')!.replies[0]).toMatchObject({ text: reply, inviteAppointment: true });
  });

  it('assigns to me and marks in progress', async () => {
    const user = userEvent.setup();
    await openChestPain();
    await user.click(screen.getByRole('button', { name: 'Assign to me' }));
    expect(await screen.findByRole('button', { name: 'Unassign me' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mark as in progress' }));
    expect(await screen.findByText('In progress, assigned to Sam Staff')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark as in progress' })).toBeNull();
  });

  it('completes with an outcome and a note, then offers the export to the record', async () => {
    const user = userEvent.setup();
    await openChestPain();
    await user.click(screen.getByRole('button', { name: 'Complete request' }));
    expect(await screen.findByText('Choose an outcome', { selector: '.nhsuk-error-message' })).toBeTruthy();
    await user.click(screen.getByLabelText('Advice given'));
    await user.type(screen.getByLabelText('Note (optional)'), 'Self-care advice by phone');
    await user.click(screen.getByRole('button', { name: 'Complete request' }));
    expect(await screen.findByRole('link', { name: 'Download as PDF' })).toHaveAttribute('href', expect.stringMatching(/\/api\/practice\/requests\/FD-1001\/export\.pdf$/));
    expect(screen.getByRole('link', { name: 'Download as FHIR document (JSON)' })).toHaveAttribute('href', expect.stringMatching(/export\.json$/));
    expect(screen.getByText(/Advice given\s+Self-care advice by phone/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send reply' })).toBeNull();
  });

  it('a request completed meanwhile (409) is said plainly and the note typed stays', async () => {
    const user = userEvent.setup();
    await openChestPain();
    mockServer.use(http.post('*/api/practice/requests/:reference/complete', () => operationOutcome(409, 'conflict', 'Completed already.')));
    await user.click(screen.getByLabelText('Referred'));
    await user.type(screen.getByLabelText('Note (optional)'), 'To cardiology');
    await user.click(screen.getByRole('button', { name: 'Complete request' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This request has been completed, so it cannot be changed');
    expect(screen.getByLabelText('Note (optional)')).toHaveValue('To cardiology');
  });

  it("another practice's request or an unknown one is simply not found", async () => {
    mockStore.practiceArea.requests.find((r) => r.reference === 'FD-1004')!.ods = 'Y99002';
    await renderPracticeArea('/practice/requests/FD-1004', { as: 'staff' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Request not found' })).toBeTruthy();
  });
});
