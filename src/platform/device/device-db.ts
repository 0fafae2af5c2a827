/**
 * What a patient typed, kept on this device: drafts and the outbox, two stores of ONE
 * IndexedDB database, so "queue this request and mark its draft sent" is one transaction
 * that either happens whole or not at all (a reload in the middle of Send loses nothing).
 * Written against IndexedDB itself: idb-keyval opens one database per store.
 */
export const DEVICE_DB = 'front-door-device';
export const DRAFTS = 'drafts';
export const OUTBOX = 'outbox';
export type StoreName = typeof DRAFTS | typeof OUTBOX;

/** Before one database held both, each had its own; what is in them moves across once. */
const EARLIER = [
  { database: 'front-door-outbox', store: 'requests', into: OUTBOX },
  { database: 'front-door-drafts', store: 'drafts', into: DRAFTS },
] as const;

let opening: Promise<IDBDatabase> | null = null;
let backlog: Promise<unknown> = Promise.resolve();
let waitingForOpen = 0;
/** The open connection, once there is one: a write started from an event handler starts there and then. */
let open: IDBDatabase | null = null;

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Resolves when the transaction has committed; rejects if it aborted. */
export const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('aborted', 'AbortError'));
    transaction.onerror = () => undefined; // reported through onabort
  });

/**
 * Opens an earlier database only if it exists: opening a missing one would create it, so
 * its creation is aborted in the upgrade (the open then fails, and nothing is left behind).
 */
function openIfExists(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = factory.open(name);
    request.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

/** Copies what an earlier version of the app left in its own databases, then deletes them. */
async function moveEarlierData(factory: IDBFactory, db: IDBDatabase) {
  for (const { database, store, into } of EARLIER) {
    const earlier = await openIfExists(factory, database);
    if (!earlier) continue;
    try {
      const values = earlier.objectStoreNames.contains(store) ? await done(earlier.transaction(store).objectStore(store).getAll()) : [];
      const transaction = db.transaction(into, 'readwrite');
      const target = transaction.objectStore(into);
      // What this version already holds is newer (sent, or edited since): keep it.
      for (const value of values as { id: string }[]) {
        const request = target.add(value);
        request.onerror = (event) => event.preventDefault();
      }
      await committed(transaction);
      earlier.close();
      factory.deleteDatabase(database);
    } catch {
      earlier.close(); // left for the next start to try again
    }
  }
}

/** The database, opened once per page (and again if the browser closes it). */
export function deviceDb(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<IDBDatabase> {
  if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DEVICE_DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(DRAFTS, { keyPath: 'id' });
      request.result.createObjectStore(OUTBOX, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).then(async (db) => {
    // A newer version of the app in another tab needs this connection closed to upgrade.
    db.onversionchange = () => forget(db);
    db.onclose = () => forget(db);
    await moveEarlierData(factory, db);
    open = db;
    return db;
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

function forget(db: IDBDatabase) {
  db.close();
  if (open === db) open = null;
  opening = null;
}

/** For tests: the next call opens afresh (as a new page would). */
export function closeDeviceDb() {
  if (open) forget(open);
  opening = null;
}

export async function readAll<T>(store: StoreName): Promise<T[]> {
  const db = await deviceDb();
  return done(db.transaction(store).objectStore(store).getAll()) as Promise<T[]>;
}

export async function readOne<T>(store: StoreName, id: string): Promise<T | undefined> {
  const db = await deviceDb();
  return done(db.transaction(store).objectStore(store).get(id)) as Promise<T | undefined>;
}

/**
 * Runs `change` in one readwrite transaction over `stores` and resolves once it has
 * committed. `change` gets the stores and may only queue requests on them (and more from
 * their callbacks): awaiting anything else would let the transaction close under it.
 */
export async function inOneTransaction(stores: StoreName[], change: (stores: Record<StoreName, IDBObjectStore>) => void): Promise<void> {
  const db = await deviceDb();
  const transaction = db.transaction(stores, 'readwrite');
  const result = committed(transaction);
  change(Object.fromEntries(stores.map((name) => [name, transaction.objectStore(name)])) as Record<StoreName, IDBObjectStore>);
  return result;
}

/**
 * Writes one value and asks for the commit straight away. With the database already open
 * the write starts before this returns, so one started in an input or pagehide handler is
 * on its way before the page can go (a closed tab keeps its last keystroke).
 */
export function putNow(store: StoreName, value: { id: string }): Promise<void> {
  const write = (db: IDBDatabase) => {
    const transaction = db.transaction(store, 'readwrite');
    const result = committed(transaction);
    transaction.objectStore(store).put(value);
    transaction.commit?.();
    return result;
  };
  if (open && waitingForOpen === 0) return write(open);
  // Until the database is open, writes wait in the order they were asked for.
  waitingForOpen++;
  const result = backlog.then(() => deviceDb()).then(write);
  backlog = result.catch(() => undefined).finally(() => waitingForOpen--);
  return result;
}

export async function deleteOne(store: StoreName, id: string): Promise<void> {
  await inOneTransaction([store], (stores) => stores[store].delete(id));
}

export async function clearStore(store: StoreName): Promise<void> {
  await inOneTransaction([store], (stores) => stores[store].clear());
}
