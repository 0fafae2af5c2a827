import { lazy, Suspense } from 'react';

// The offer, its rules and its words load after the page has painted.
const InstallOfferWhenDue = lazy(() => import('./install-offer-when-due'));

/**
 * "Add Front Door to your home screen": offered on the practice home to a patient who has
 * come back, where nothing is being typed; never in a practice's frame, inside the NHS
 * App, on a shared device, once installed, or for 90 days after "Not now"
 * (src/domain/pwa/install-rules.ts). Renders nothing then.
 */
export function InstallOffer() {
  return (
    <Suspense fallback={null}>
      <InstallOfferWhenDue />
    </Suspense>
  );
}
