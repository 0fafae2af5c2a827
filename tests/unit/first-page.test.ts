import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module each time: "drawn" happens once per page load. */
const load = async () => {
  vi.resetModules();
  return import('../../src/platform/first-page');
};

describe('work that waits for the first page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('does not start before the first page has committed and its frame has been painted', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const { afterFirstPage, firstPageCommitted } = await load();
    const registered = vi.fn();
    afterFirstPage(registered);
    await vi.advanceTimersByTimeAsync(1000);
    expect(registered).not.toHaveBeenCalled();

    firstPageCommitted();
    await vi.advanceTimersByTimeAsync(10);
    expect(registered).not.toHaveBeenCalled(); // no frame painted yet

    frames.forEach((frame) => frame(0));
    await vi.advanceTimersByTimeAsync(10);
    expect(registered).toHaveBeenCalledTimes(1);
  });

  it('goes ahead after 3 seconds in a hidden tab, which paints no frames', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { afterFirstPage, firstPageCommitted } = await load();
    const started = vi.fn();
    afterFirstPage(started);
    firstPageCommitted();
    await vi.advanceTimersByTimeAsync(2900);
    expect(started).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(started).toHaveBeenCalledTimes(1);
  });

  it('runs later work straight after, once the page is drawn', async () => {
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => callback(0));
    const { afterFirstPage, firstPageCommitted } = await load();
    firstPageCommitted();
    await vi.advanceTimersByTimeAsync(10);
    const keptOffline = vi.fn();
    afterFirstPage(keptOffline);
    await vi.advanceTimersByTimeAsync(10);
    expect(keptOffline).toHaveBeenCalledTimes(1);
  });
});
