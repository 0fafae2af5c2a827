import type { MockStore } from '../data/store';
import { practiceHandlers } from './practices';
import { bookingHandlers } from './booking';
import { nhsAppCountHandlers } from './nhs-app-counts';
import { requestHandlers } from './requests';
import { capacityHandlers } from './capacity';
import { practiceAreaHandlers } from './practice-area';

/** Every handler of the mock practice backend. Each journey adds its own file here. */
export function createHandlers(store: MockStore) {
  return [
    ...practiceHandlers(store),
    ...bookingHandlers(store),
    ...nhsAppCountHandlers(store),
    ...requestHandlers(store),
    ...capacityHandlers(store),
    ...practiceAreaHandlers(store),
  ];
}
