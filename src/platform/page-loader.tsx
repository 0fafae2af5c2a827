import { createElement, lazy, useState, type ComponentType } from 'react';

export interface PageLoader {
  /** The page: drawn at once when its code is already here, otherwise loaded (suspends). */
  Page: ComponentType;
  /** Starts loading the code now (once); resolves when it is here. */
  preload: () => Promise<ComponentType>;
}

/**
 * A page whose code loads on demand, in its own chunk. When the code was preloaded before
 * the page first draws (the first page of a visit: src/main.tsx starts it beside the
 * shell), the page draws at once instead of suspending. A suspended first render shows
 * the loading page and React then holds the real page back for up to 300 ms (its
 * fallback throttle), once per nested lazy page: most of a cold start on a fast phone.
 */
export function pageLoader(load: () => Promise<ComponentType>): PageLoader {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed download may be tried again
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page() {
    // Chosen once per mount: switching from the lazy wrapper to the page itself later
    // would remount the page and lose what the patient typed.
    const [direct] = useState(() => loaded);
    return createElement(direct ?? Lazy);
  }
  return { Page, preload };
}
