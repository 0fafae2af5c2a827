import type { Database } from './db/database';
import type { Clock } from './store/clock';
import type { PhotoStore } from './store/photos';
import type { Notifier } from './notify/notifier';

/** What every route needs; none of it holds patient data between requests. */
export interface AppContext {
  db: Database;
  photos: PhotoStore;
  clock: Clock;
  testApi: boolean;
  /** Tells a patient a reply is waiting (log by default). */
  notifier: Notifier;
}
