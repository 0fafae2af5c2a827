/**
 * Web Locks for tests in Node (which has none): one origin's lock manager, seen by several
 * tabs. A tab that is closed (or crashes) lets go of what it held and drops what it was
 * waiting for, as a browser does; the lock goes to the next tab in line.
 */
type Waiter = { tab: number; run: () => void };

export function lockHub() {
  const held = new Map<string, number>(); // lock name → tab holding it
  const queues = new Map<string, Waiter[]>();
  const closed = new Set<number>();
  let tabs = 0;

  function grantNext(name: string) {
    const queue = queues.get(name) ?? [];
    while (queue.length > 0 && closed.has(queue[0]!.tab)) queue.shift();
    const next = queue.shift();
    if (next) next.run();
  }

  function tab() {
    const id = ++tabs;
    const locks = {
      request<T>(name: string, callback: () => Promise<T> | T): Promise<T> {
        return new Promise<T>((resolve, reject) => {
          const run = () => {
            held.set(name, id);
            Promise.resolve()
              .then(callback)
              .then(resolve, reject)
              .finally(() => {
                if (held.get(name) === id && !closed.has(id)) {
                  held.delete(name);
                  grantNext(name);
                }
              });
          };
          if (held.has(name)) queues.set(name, [...(queues.get(name) ?? []), { tab: id, run }]);
          else run();
        });
      },
    };
    return {
      locks: locks as unknown as Pick<LockManager, 'request'>,
      /** The tab goes: its locks are free for the next tab, whatever its code was doing. */
      close() {
        closed.add(id);
        for (const [name, holder] of held) {
          if (holder === id) {
            held.delete(name);
            grantNext(name);
          }
        }
      },
    };
  }

  /** How many requests wait for the lock `name` (as `navigator.locks.query()` reports them pending). */
  const pending = (name: string) => (queues.get(name) ?? []).filter((waiter) => !closed.has(waiter.tab)).length;

  return { tab, pending };
}
