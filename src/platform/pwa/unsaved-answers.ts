/**
 * Pages holding answers the patient has not sent yet register here, so an app update
 * never reloads the page from under them.
 */
const holders = new Set<symbol>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function holdUnsavedAnswers(): () => void {
  const token = Symbol('unsaved');
  holders.add(token);
  notify();
  return () => {
    holders.delete(token);
    notify();
  };
}

export function hasUnsavedAnswers(): boolean {
  return holders.size > 0;
}

export function onUnsavedAnswersChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
