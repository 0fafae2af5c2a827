// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { http, HttpResponse } from 'msw';
import type { Appointment, Bundle } from 'fhir/r4';
import { ReferralPage } from '../../src/features/referral/referral-page';
import { BookAppointmentPage } from '../../src/features/appointments/book-appointment-page';
import { ManageAppointmentPage } from '../../src/features/appointments/manage-appointment-page';
import { PracticeRoute } from '../../src/platform/practice/practice-route';
import enBooking from '../../src/locales/en/booking.json';
import enDateOfBirth from '../../src/locales/en/date-of-birth.json';
import { mockServer, mockStore } from '../../mocks/node';
import { bookingRequestIdOf, type Slot } from '../../src/domain/booking';
import { renderWithApp } from '../setup/render';

/**
 * The booking feature over the mock backend (MSW, in-process): each step of both journeys
 * and each screen state a patient can meet (loading, empty, error, done), offline, and the
 * booking key that a resend reuses.
 */

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.pathname + location.search}</output>;
}

function renderBooking(path: string) {
  return renderWithApp(
    <>
      <Routes>
        <Route path="/referral" element={<ReferralPage />} />
        <Route path="/:ods" element={<PracticeRoute />}>
          <Route path="/:ods/appointments" element={<BookAppointmentPage />} />
          <Route path="/:ods/appointments/manage" element={<ManageAppointmentPage />} />
        </Route>
      </Routes>
      <Where />
    </>,
    { path, extra: { en: { booking: enBooking, 'date-of-birth': enDateOfBirth } } },
  );
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const press = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

async function signIn(ubrn: string, password: string) {
  await h1('Manage your referral');
  type('Booking reference number', ubrn);
  type('Password', password);
  press('Continue');
}

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => void window.dispatchEvent(new Event(offline ? 'offline' : 'online')));
}

afterEach(() => vi.restoreAllMocks());

describe('manage your referral', () => {
  it('signs in, shows the shortlist, the times, the check page and the booking, with the URL saying where the patient is', async () => {
    await renderBooking('/referral');
    await signIn('1000 0000 0001', 'Otter-Lamp-7');
    await h1(/Choose where to go/);
    const shortlist = await screen.findByTestId('shortlist');
    expect(within(shortlist).getAllByRole('term').map((term) => term.textContent)).toContain('Earliest free appointment');
    fireEvent.click(within(shortlist).getByRole('link', { name: 'Choose Skin Clinic' }));
    expect(screen.getByTestId('where').textContent).toBe('/referral?service=derm-westfield');
    fireEvent.click(await screen.findByTestId('next-free-slot'));
    expect(screen.getByTestId('where').textContent).toMatch(/^\/referral\?service=derm-westfield&slot=derm-westfield-\d{8}-\d{4}$/);
    await h1('Check and book your appointment');
    press('Book this appointment');
    await h1('Your appointment is booked');
    expect(screen.getByTestId('booking-reference').textContent).toMatch(/^[A-Z0-9]{8}$/);
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/referral'));
    expect(screen.getByTestId('change-needs').textContent).toContain('booking reference number (1000 0000 0001) and the password');
  });

  it('asks for the year of birth only when the referral wants it, and keeps what was typed', async () => {
    await renderBooking('/referral');
    expect(screen.queryByLabelText('Year of birth')).toBeNull();
    await signIn('100000000009', 'Birch-Lantern-1');
    expect(await screen.findByText(/This referral also asks for your year of birth/)).toBeTruthy();
    expect((screen.getByLabelText('Booking reference number') as HTMLInputElement).value).toBe('100000000009');
    type('Year of birth', '1955');
    press('Continue');
    expect(await screen.findByTestId('shortlist')).toBeTruthy();
  });

  it('empty: a service whose last time has gone says so', async () => {
    await renderBooking('/referral');
    await signIn('100000000002', 'Kettle-Fern-3');
    fireEvent.click(await screen.findByRole('link', { name: 'Choose Eye Clinic' }));
    await screen.findByTestId('next-free-slot');
    for (const slot of mockStore.booking.all<Slot>('Slot')) {
      if (slot.schedule.reference === 'Schedule/schedule-eye-eastgate') mockStore.booking.alter<Slot>('Slot', slot.id, { status: 'busy' });
    }
    // Someone books it meanwhile: the page learns when the patient tries.
    fireEvent.click(screen.getByTestId('next-free-slot'));
    press('Book this appointment');
    expect(await screen.findByTestId('slot-taken')).toBeTruthy();
    expect(await screen.findByTestId('slots-empty')).toBeTruthy();
    expect(screen.queryByTestId('next-free-slot')).toBeNull();
  });

  it('error: times that cannot be loaded give a problem page whose Try again asks again', async () => {
    let failing = true;
    mockServer.use(http.get('*/api/fhir/Slot', () => (failing ? HttpResponse.json({}, { status: 503 }) : undefined)));
    await renderBooking('/referral');
    await signIn('100000000001', 'Otter-Lamp-7');
    fireEvent.click(await screen.findByRole('link', { name: 'Choose Skin Clinic' }));
    expect((await screen.findByTestId('booking-problem')).textContent).toContain('could not reach the booking system');
    failing = false;
    press('Try again');
    expect(await screen.findByTestId('next-free-slot')).toBeTruthy();
  });

  it('loading: the times page says it is loading until the times come', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    mockServer.use(http.get('*/api/fhir/Slot', async () => void (await held)));
    await renderBooking('/referral');
    await signIn('100000000001', 'Otter-Lamp-7');
    fireEvent.click(await screen.findByRole('link', { name: 'Choose Skin Clinic' }));
    await h1(/Choose a time/);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.queryByTestId('next-free-slot')).toBeNull();
    release();
    expect(await screen.findByTestId('next-free-slot')).toBeTruthy();
  });

  it('a resend of the same booking carries the same booking id, and moving it books nothing new', async () => {
    const keys: string[] = [];
    let dropFirst = true;
    mockServer.use(
      http.post('*/api/fhir', async ({ request }) => {
        const created = ((await request.clone().json()) as Bundle).entry?.find((e) => e.request?.method === 'POST' && e.request.url === 'Appointment');
        if (!created) return undefined; // a move: on to the mock backend
        keys.push(bookingRequestIdOf(created.resource as Appointment) ?? '');
        if (dropFirst) {
          dropFirst = false;
          return HttpResponse.error();
        }
        return undefined; // on to the mock backend
      }),
    );
    await renderBooking('/referral');
    await signIn('100000000001', 'Otter-Lamp-7');
    fireEvent.click(await screen.findByRole('link', { name: 'Choose Skin Clinic' }));
    fireEvent.click(await screen.findByTestId('next-free-slot'));
    press('Book this appointment');
    expect((await screen.findByTestId('booking-problem')).textContent).toContain('could not reach');
    press('Try again');
    fireEvent.click(await screen.findByRole('button', { name: 'Book this appointment' }));
    await h1('Your appointment is booked');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);

    press('Change or cancel this appointment');
    fireEvent.click(await screen.findByRole('button', { name: 'Choose a new time' }));
    fireEvent.click(await screen.findByRole('link', { name: 'Choose Dermatology Service' }));
    fireEvent.click(await screen.findByTestId('next-free-slot'));
    fireEvent.click(await screen.findByRole('button', { name: 'Change to this time' }));
    await h1('Your appointment is booked');
    expect(screen.getByText(/Dermatology Service, Baybridge Treatment Centre/)).toBeTruthy();
    expect(keys).toHaveLength(2); // a move is not a new booking
  });

  it('offline: the booking held stays on screen, changing it is off, and nothing is sent until the patient acts', async () => {
    const sent: string[] = [];
    mockServer.events.on('request:start', ({ request }) => void sent.push(`${request.method} ${new URL(request.url).pathname}`));
    await renderBooking('/referral');
    await signIn('100000000006', 'Silver-Pond-8');
    await h1('Your appointment');
    expect(screen.getByTestId('booking-reference').textContent).toBe('HB7K2M9P');
    const before = sent.length;
    goOffline(true);
    expect(screen.getByTestId('booking-offline').textContent).toContain('Your appointment is shown below. It is still booked.');
    expect(screen.getByTestId('booking-reference').textContent).toBe('HB7K2M9P');
    expect(screen.getByRole('button', { name: 'Change or cancel this appointment' }).hasAttribute('disabled')).toBe(true);
    goOffline(false);
    expect(screen.queryByTestId('booking-offline')).toBeNull();
    expect(screen.getByRole('button', { name: 'Change or cancel this appointment' }).hasAttribute('disabled')).toBe(false);
    expect(sent.slice(before)).toEqual([]);
    mockServer.events.removeAllListeners();
  });
});

describe('practice appointments', () => {
  async function toConfirm(path: string) {
    await renderBooking(path);
    fireEvent.click(await screen.findByTestId('next-free-slot'));
    await h1('Check and book your appointment');
  }

  it('books a face-to-face appointment for a patient on the list, with the address and "come to the practice"', async () => {
    await toConfirm('/Y99004/appointments?type=face-to-face');
    expect(screen.getByTestId('appointment-place').textContent).toBe('Harbour Street Surgery, 1 Harbour Street, Sampleford, SF1 3HS');
    type('What is the appointment for?', 'Sore knee');
    type('Full name', 'Sam Pretend');
    type('Day', '15');
    type('Month', '1');
    type('Year', '1980');
    type('Postcode', 'SF1 6ST');
    press('Book this appointment');
    await h1('Your appointment is booked');
    expect(screen.getByTestId('what-next').textContent).toBe(
      'Come to the practice: Harbour Street Surgery, 1 Harbour Street, Sampleford, SF1 3HS. Please get there a few minutes early and tell reception you are here.',
    );
    expect(screen.getByTestId('change-needs').textContent).toMatch(/booking reference \([A-Z0-9]{8}\) and your date of birth/);
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/Y99004/appointments'));
  });

  it('someone not on the list is told so on the same page, with everything typed kept', async () => {
    await toConfirm('/Y99001/appointments?type=video');
    press('Book this appointment');
    expect(await screen.findByRole('link', { name: 'Say in a few words what the appointment is for' })).toBeTruthy();
    type('What is the appointment for?', 'Rash');
    type('Full name', 'Anyone Atall');
    type('Day', '1');
    type('Month', '1');
    type('Year', '1980');
    type('NHS number', '999 000 1006');
    press('Book this appointment');
    expect(await screen.findByRole('link', { name: /We could not find you on the practice's list of patients/ })).toBeTruthy();
    await h1('Check and book your appointment');
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Anyone Atall');
    expect((screen.getByLabelText('What is the appointment for?') as HTMLInputElement).value).toBe('Rash');
  });

  it('a practice that does not book online says so', async () => {
    await renderBooking('/Y99003/appointments');
    expect(await h1('This practice does not take appointment bookings online')).toBeTruthy();
    expect(screen.getByRole('link', { name: "Go to the practice's page" }).getAttribute('href')).toBe('/Y99003');
  });

  it('finds a booking by reference and date of birth, and shows where a face-to-face one is', async () => {
    await renderBooking('/Y99004/appointments/manage');
    await h1('Change or cancel your appointment');
    type('Booking reference', 'HS9T 3WXC');
    type('Day', '3');
    type('Month', '11');
    type('Year', '1972');
    press('Find my appointment');
    await h1('Your appointment is booked');
    await waitFor(() => expect(screen.getByTestId('appointment-place').textContent).toContain('1 Harbour Street'));
    expect(screen.getByTestId('what-next').textContent).toMatch(/^Come to the practice/);
  });
});
