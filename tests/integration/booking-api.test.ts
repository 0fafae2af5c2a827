import { mockStore } from '../../mocks/node';
import { bookingContract, type BookingBackend, type CallInit } from './booking-contract';

/** The booking contract against the MSW mock: the server's rules over an in-memory store. */
const BASE = 'http://127.0.0.1/api/';

async function call(path: string, init: CallInit = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const response = await fetch(BASE + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, header: (name: string) => response.headers.get(name) ?? undefined };
}

const mock: BookingBackend = {
  call,
  async reset(now) {
    mockStore.clock.set(now);
    mockStore.reset();
  },
  async setClock(now) {
    mockStore.clock.set(now);
  },
};

bookingContract(() => mock);
