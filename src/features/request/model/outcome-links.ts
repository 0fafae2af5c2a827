import type { Channel } from '../../../content/triage/outcomes';

/**
 * Where a way to get help links: a phone or text number, or a web page (111.nhs.uk,
 * NHS.UK's pharmacy search, NHS 111 BSL). Web pages open outside an embedding frame
 * (src/platform/embed/external-links.ts). The practice's own number comes from its settings.
 */
export function channelHref(channel: Channel, practicePhone: string): string | undefined {
  return channel.id === 'practice-phone' ? `tel:${practicePhone.replace(/\s/g, '')}` : channel.href;
}

/** After advice the request carries on, or goes back to Check your answers after a change. */
export const stepAfterOutcome = (changing: boolean) => (changing ? 'check' : 'contact');
