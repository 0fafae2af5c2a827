// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { mockServer, mockStore } from '../../mocks/node';
import { json, operationOutcome } from '../../mocks/handlers/responses';
import { axeViolations } from '../setup/axe';
import { renderPracticeArea } from './practice-area-setup';

const openSettings = async () => {
  const view = await renderPracticeArea('/practice/settings', { as: 'admin' });
  await screen.findByRole('heading', { level: 1, name: 'Practice settings' }, { timeout: 5000 });
  return view;
};

describe('practice settings', () => {
  it('checks the settings with the same schema before sending, linking each problem to its field', async () => {
    const user = userEvent.setup();
    let puts = 0;
    mockServer.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') puts += 1;
    });
    await openSettings();
    const days = screen.getByLabelText('Reply within (working days)');
    await user.clear(days);
    await user.type(days, '12');
    await user.click(screen.getByRole('button', { name: 'Add a closure' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a whole number of working days from 0 to 10' })).toHaveAttribute('href', '#replyWithinWorkingDays');
    expect(within(summary).getByRole('link', { name: /Enter a reason for the closure/ })).toHaveAttribute('href', '#closure-0-reason');
    expect(screen.getByLabelText('Reply within (working days)')).toHaveValue('12');
    expect(screen.getByLabelText('Reply within (working days)')).toHaveAttribute('aria-invalid', 'true');
    expect(puts).toBe(0);
    mockServer.events.removeAllListeners();
  });

  it("shows the server's 400 problems at their fields, from OperationOutcome expression paths", async () => {
    const user = userEvent.setup();
    mockServer.use(
      http.put('*/api/practice/settings', () =>
        json(
          {
            resourceType: 'OperationOutcome',
            issue: [
              { severity: 'error', code: 'business-rule', details: { text: 'Admin requests must stay open in core hours without a closure.' }, expression: ['settings.onlineRequests.admin.enabled'] },
              { severity: 'error', code: 'invalid', details: { text: 'Origins are scheme and host only.' }, expression: ['embed.allowedOrigins[0]'] },
            ],
          },
          400,
        ),
      ),
    );
    const { container } = await openSettings();
    await user.click(screen.getByLabelText('Admin'));
    await user.clear(screen.getByLabelText('Websites allowed to embed Front Door'));
    await user.type(screen.getByLabelText('Websites allowed to embed Front Door'), 'https://www.example-surgery.nhs.uk');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Admin requests must stay open in core hours without a closure.' })).toHaveAttribute('href', '#requestTypes');
    expect(within(summary).getByRole('link', { name: 'Origins are scheme and host only.' })).toHaveAttribute('href', '#allowedOrigins');
    expect(screen.getByLabelText('Admin')).not.toBeChecked();
    expect(screen.getByLabelText('Websites allowed to embed Front Door')).toHaveValue('https://www.example-surgery.nhs.uk');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('when someone else saved first (412), says so, keeps what was typed, and saves over the latest next time', async () => {
    const user = userEvent.setup();
    await openSettings();
    const days = screen.getByLabelText('Reply within (working days)');
    await user.clear(days);
    await user.type(days, '4');
    // Meanwhile another admin saves version 2.
    mockStore.practiceArea.settingsVersion = 2;
    mockStore.practiceArea.settingsHistory.unshift({ version: 2, by: 'Other Admin', at: new Date().toISOString(), changed: ['closures'] });
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Someone else saved the settings while you were editing');
    expect(screen.getByLabelText('Reply within (working days)')).toHaveValue('4');
    expect(await screen.findByText('Other Admin')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved. This is now version 3.')).toBeTruthy();
    expect(mockStore.practices.get('Y99001')!.replyWithinWorkingDays).toBe(4);
    const history = screen.getByRole('table', { name: 'Change history' });
    expect(within(history).getAllByRole('row')[1]!.textContent).toContain('Ada Admin');
    expect(within(history).getAllByRole('row')[1]!.textContent).toContain('replyWithinWorkingDays');
  });

  it('adds a closure with a reason, saved as a UK time', async () => {
    const user = userEvent.setup();
    await openSettings();
    await user.click(screen.getByRole('button', { name: 'Add a closure' }));
    await user.type(screen.getByLabelText('Closed from'), '2026-12-10T13:00');
    await user.type(screen.getByLabelText('Closed until'), '2026-12-10T18:30');
    await user.type(screen.getByLabelText('Reason'), 'Staff training');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Settings saved/)).toBeTruthy();
    expect(mockStore.practices.get('Y99001')!.closures.at(-1)).toEqual({ from: '2026-12-10T13:00:00.000Z', to: '2026-12-10T18:30:00.000Z', reason: 'Staff training' });
  });

  it('staff who are not the practice admin are told only the admin can change settings', async () => {
    await renderPracticeArea('/practice/settings', { as: 'staff' });
    expect(await screen.findByText(/Only the practice admin can see and change this page/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });
});

describe('staff accounts', () => {
  it('adds an account and shows the one-time password and the authenticator set-up as text and QR code', async () => {
    const user = userEvent.setup();
    const { container } = await renderPracticeArea('/practice/staff', { as: 'admin' });
    await screen.findByRole('table', { name: 'Staff of the practice' }, { timeout: 5000 });
    expect(screen.getByText('This is you')).toBeTruthy();
    await user.type(screen.getByLabelText('Full name'), 'Pat Receptionist');
    await user.type(screen.getByLabelText('Email address'), 'pat@y99001.example');
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    const created = await screen.findByTestId('new-account');
    expect(within(created).getByTestId('one-time-password').textContent).toBe('one-time-mock-password');
    const uri = within(created).getByTestId('totp-uri').textContent!;
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(within(created).getByRole('img', { name: 'QR code to set up sign-in codes for Pat Receptionist' })).toHaveAttribute('data-qr-text', uri);
    expect(await screen.findByRole('cell', { name: 'pat@y99001.example' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('changes a role and disables an account', async () => {
    const user = userEvent.setup();
    await renderPracticeArea('/practice/staff', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Make Sam Staff a practice admin' }, { timeout: 5000 }));
    expect(await screen.findByRole('button', { name: 'Make Sam Staff staff' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Disable Sam Staff' }));
    expect(await screen.findByRole('button', { name: 'Enable Sam Staff' })).toBeTruthy();
    expect(mockStore.practiceArea.staff.find((s) => s.id === 'staff-sam')).toMatchObject({ role: 'admin', disabled: true });
  });

  it('a server refusal of a new account is shown at its field, keeping what was typed', async () => {
    const user = userEvent.setup();
    mockServer.use(http.post('*/api/practice/staff', () => operationOutcome(400, 'duplicate', 'There is already an account with this email address.', ['email'])));
    await renderPracticeArea('/practice/staff', { as: 'admin' });
    await user.type(await screen.findByLabelText('Full name', {}, { timeout: 5000 }), 'Sam Again');
    await user.type(screen.getByLabelText('Email address'), 'sam.staff@y99001.example');
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'There is already an account with this email address.' })).toHaveAttribute('href', '#email');
    expect(screen.getByLabelText('Full name')).toHaveValue('Sam Again');
  });
});
