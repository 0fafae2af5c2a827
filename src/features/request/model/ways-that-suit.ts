import type { CommunicationNeed } from '../../../platform/device/communication-needs';

/**
 * Ways to get help (channel ids in src/content/triage/outcomes.ts) that suit a need, best
 * first. Relay UK users get text relay first, then text 999 (emergencySMS needs signing
 * up to beforehand).
 */
const SUITS: Partial<Record<CommunicationNeed, readonly string[]>> = {
  bsl: ['bsl-999', 'bsl-111'],
  relay: ['relay-999', 'relay-111', 'text-999'],
};

/**
 * An outcome's ways to get help with those that suit the patient's needs first (BSL before
 * relay, as the needs are asked). Never removes one: 999 and 111 always stay listed.
 * `reordered` says whether the order changed, so the page can say why.
 */
export function waysThatSuitFirst<C extends { id: string }>(channels: readonly C[], needs: readonly string[]): { channels: C[]; reordered: boolean } {
  const preferred = (Object.keys(SUITS) as CommunicationNeed[]).filter((need) => needs.includes(need)).flatMap((need) => SUITS[need] ?? []);
  const rank = (channel: C) => {
    const at = preferred.indexOf(channel.id);
    return at === -1 ? preferred.length : at;
  };
  // Array.prototype.sort is stable: the others keep the outcome's own order.
  const ordered = [...channels].sort((a, b) => rank(a) - rank(b));
  return { channels: ordered, reordered: ordered.some((channel, index) => channel !== channels[index]) };
}
