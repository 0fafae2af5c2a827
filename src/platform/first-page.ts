import { useEffect, useState } from 'react';

/**
 * The first page is drawn before anything it does not need. Registering the service
 * worker, starting the outbox, keeping the cache and the words for offline use, and the
 * update and language offers all wait until that page is on screen: on a slow phone they
 * would otherwise compete with its code and words for the connection and the processor.
 */
let markDrawn = () => {};
let drawn = false;
const whenDrawn = new Promise<void>((resolve) => {
  markDrawn = () => {
    drawn = true;
    resolve();
  };
});

/** A hidden tab draws no frames: past this, the rest goes ahead without the paint. */
const LONGEST_WAIT_MS = 3000;

/** Called once the app's first page has committed; "drawn" follows the frame that paints it. */
export function firstPageCommitted(): void {
  if (drawn) return;
  const afterPaint = () => setTimeout(markDrawn, 0);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(afterPaint);
  else afterPaint();
  setTimeout(markDrawn, LONGEST_WAIT_MS);
}

/** Runs `then` once the first page is on screen and the browser has a quiet moment. */
export function afterFirstPage(then: () => void): void {
  void whenDrawn.then(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(then, { timeout: LONGEST_WAIT_MS });
    else setTimeout(then, 0);
  });
}

/** False until the first page is on screen: for parts of the frame that can wait (and load their code then). */
export function useFirstPageDrawn(): boolean {
  const [isDrawn, setDrawn] = useState(drawn);
  useEffect(() => {
    if (!isDrawn) void whenDrawn.then(() => setDrawn(true));
  }, [isDrawn]);
  return isDrawn;
}
