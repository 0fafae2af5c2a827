// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { mockServer, mockStore } from '../../mocks/node';
import { MOCK_ADMIN, MOCK_STAFF_CODE } from '../../mocks/data/practice-area-store';
import { operationOutcome } from '../../mocks/handlers/responses';
import { axeViolations } from '../setup/axe';
import { renderPracticeArea } from './practice-area-setup';

describe('staff sign-in', () => {
  it('takes a password then a 6-digit code, says plainly when the password is wrong, and keeps the email', async () => {
    const user = userEvent.setup();
    await renderPracticeArea('/practice?next=%2Fpractice%2Frequests%2FFD-1001');
    await user.type(await screen.findByLabelText('Email address'), MOCK_ADMIN.email);
    await user.type(screen.getByLabelText('Password'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The email address or password is not right');
    expect(screen.getByLabelText('Email address')).toHaveValue(MOCK_ADMIN.email);
    expect(screen.getByLabelText('Password')).toHaveValue('');

    await user.type(screen.getByLabelText('Password'), MOCK_ADMIN.password);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Security code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That code is not right');
    await user.clear(screen.getByLabelText('Security code'));
    await user.type(screen.getByLabelText('Security code'), MOCK_STAFF_CODE);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // Back to the page asked for before signing in.
    expect(await screen.findByRole('heading', { level: 1, name: /Request FD-1001/ })).toBeTruthy();
  });

  it('a locked account is told so, and the sixth wrong password locks it', async () => {
    const user = userEvent.setup();
    await renderPracticeArea('/practice');
    await user.type(await screen.findByLabelText('Email address'), MOCK_ADMIN.email);
    for (let attempt = 1; attempt <= 6; attempt++) {
      await user.type(screen.getByLabelText('Password'), `wrong-${attempt}`);
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      await waitFor(() => expect(screen.getByLabelText('Password')).toHaveValue(''));
    }
    expect((await screen.findByRole('alert')).textContent).toContain('This account is locked for 30 minutes');
    await user.type(screen.getByLabelText('Password'), MOCK_ADMIN.password);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('locked'));
    expect(screen.queryByLabelText('Security code')).toBeNull();
  });

  it('too many tries from one place gets its own message', async () => {
    mockServer.use(http.post('*/api/practice/session', () => operationOutcome(429, 'throttled', 'Slow down.')));
    const user = userEvent.setup();
    await renderPracticeArea('/practice');
    await user.type(await screen.findByLabelText('Email address'), MOCK_ADMIN.email);
    await user.type(screen.getByLabelText('Password'), MOCK_ADMIN.password);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Too many sign-in tries');
    expect(screen.getByLabelText('Email address')).toHaveValue(MOCK_ADMIN.email);
  });

  it('a signed-out visit to the inbox goes to sign-in, remembering where it was going', async () => {
    await renderPracticeArea('/practice/inbox?kind=admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to the practice area' })).toBeTruthy();
    expect(new URLSearchParams(screen.getByTestId('address').textContent!.split('?')[1]).get('next')).toBe('/practice/inbox?kind=admin');
    expect(screen.queryByText(/signed out because/)).toBeNull();
  });

  it('when the session ends, the next call returns to sign-in with a message', async () => {
    const user = userEvent.setup();
    await renderPracticeArea('/practice/inbox', { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Requests' });
    mockStore.practiceArea.signedIn = null; // the server ended the session (30 minutes unused)
    await user.click(screen.getByLabelText('Admin'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText(/You were signed out because you had not used the practice area/)).toBeTruthy();
    expect(screen.queryByText('Fit note')).toBeNull();
  });

  it('signing out ends the session and forgets the staff data', async () => {
    const user = userEvent.setup();
    const { queryClient } = await renderPracticeArea('/practice/inbox', { as: 'staff' });
    await screen.findByText('Chest pain', {}, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('You have signed out.')).toBeTruthy();
    expect(mockStore.practiceArea.signedIn).toBeNull();
    expect(queryClient.getQueryCache().findAll({ queryKey: ['practice-area'] })).toEqual([]);
  });
});

describe('the inbox', () => {
  const summaries = () => screen.getAllByTestId('inbox-item').map((item) => within(item).getByRole('link').textContent);

  it('lists requests most urgent first, then oldest, with urgency in words and overdue marked', async () => {
    const { container } = await renderPracticeArea('/practice/inbox', { as: 'staff' });
    await screen.findByText('Chest pain', {}, { timeout: 5000 });
    expect(summaries()).toEqual(['Chest pain', 'Earache', 'Back pain', 'Fit note']);
    const [chest, earache, back, fitNote] = screen.getAllByTestId('inbox-item');
    expect(chest!.textContent).toContain('Same day – as soon as possible');
    expect(chest!.textContent).not.toContain('Overdue');
    expect(earache!.textContent).toContain('Urgent');
    expect(earache!.textContent).toContain('Overdue');
    expect(back!.textContent).toContain('Overdue');
    expect(fitNote!.textContent).toContain('Routine');
    expect(fitNote!.textContent).not.toContain('Overdue');
    expect(within(screen.getByTestId('inbox-load')).getByText('Overdue').nextElementSibling?.textContent).toBe('2');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters by type and by assigned-to-me, kept in the address', async () => {
    const user = userEvent.setup();
    mockStore.practiceArea.requests.find((r) => r.reference === 'FD-1003')!.assignedTo = { id: 'staff-sam', name: 'Sam Staff' };
    await renderPracticeArea('/practice/inbox', { as: 'staff' });
    await screen.findByText('Chest pain', {}, { timeout: 5000 });
    await user.click(screen.getByLabelText('Admin'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(summaries()).toEqual(['Fit note']));
    expect(screen.getByTestId('address').textContent).toBe('/practice/inbox?kind=admin');

    await user.click(screen.getByLabelText('All'));
    await user.click(screen.getByLabelText('Only requests assigned to me'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(summaries()).toEqual(['Back pain']));
    expect(screen.getByTestId('address').textContent).toBe('/practice/inbox?mine=1');
    expect(screen.getByLabelText('Only requests assigned to me')).toBeChecked();
  });

  it('refreshes every 20 seconds and announces new requests politely, without moving focus', async () => {
    const { queryClient } = await renderPracticeArea('/practice/inbox', { as: 'staff' });
    await screen.findByText('Chest pain', {}, { timeout: 5000 });
    const inbox = queryClient.getQueryCache().find({ queryKey: ['practice-area', 'inbox'], exact: false });
    expect(inbox?.options).toMatchObject({ refetchInterval: 20_000 });
    expect(screen.getByRole('status').textContent).toBe('');

    const focused = screen.getByRole('button', { name: 'Apply filters' });
    focused.focus();
    const first = mockStore.practiceArea.requests[0]!;
    mockStore.practiceArea.requests.push({ ...structuredClone(first), reference: 'FD-1005', summary: 'Rash', receivedAt: new Date().toISOString() });
    await queryClient.refetchQueries({ queryKey: ['practice-area', 'inbox'] });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 new request has arrived.'));
    expect(screen.getByText('Rash')).toBeTruthy();
    expect(focused).toHaveFocus();
  });
});
