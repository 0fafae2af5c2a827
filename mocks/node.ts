import { setupServer } from 'msw/node';
import { createStore } from './data/store';
import { createHandlers } from './handlers';

/** The mock practice backend for Vitest: same handlers, in-process. */
export const mockStore = createStore();
export const mockServer = setupServer(...createHandlers(mockStore));
