import type { MockStore } from '../data/store';
import { practiceHandlers } from './practices';
import { referralHandlers } from './referrals';
import { appointmentHandlers } from './appointments';
import { nhsAppCountHandlers } from './nhs-app-counts';
import { requestHandlers } from './requests';

/** Every handler of the mock practice backend. Each journey adds its own file here. */
export function createHandlers(store: MockStore) {
  return [...practiceHandlers(store), ...referralHandlers(store), ...appointmentHandlers(store), ...nhsAppCountHandlers(store), ...requestHandlers(store)];
}
