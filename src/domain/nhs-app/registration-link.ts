/**
 * Registration links staff hand out: `/:ods/nhs-app?via=<channel>&c=<campaign>`. The
 * shape is a contract (links live on posters and in sent texts for years), so it only
 * ever gains optional parameters. `via` says how the patient got the link; `c` is an
 * optional campaign name the practice chooses, such as "flu-2026".
 */
export const CHANNELS = ['sms', 'poster', 'email', 'reception', 'website'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CAMPAIGN_MAX_LENGTH = 30;
/** Letters, digits and hyphens: safe in a URL and in a text, and nothing personal fits. */
const CAMPAIGN_CHARACTERS = /^[a-z0-9-]+$/;

export type CampaignProblem = 'too-long' | 'characters';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** Campaigns are compared in lower case, so "Flu" and "flu" count together. */
export function normaliseCampaign(campaign: string): string {
  return campaign.trim().toLowerCase();
}

/** Why a campaign name cannot be used, or null when it can (an empty one means none). */
export function campaignProblem(campaign: string): CampaignProblem | null {
  const value = normaliseCampaign(campaign);
  if (value === '') return null;
  if (value.length > CAMPAIGN_MAX_LENGTH) return 'too-long';
  if (!CAMPAIGN_CHARACTERS.test(value)) return 'characters';
  return null;
}

/** The path (and query) of a registration link; the origin is the app's own. */
export function registrationPath(ods: string, channel?: Channel, campaign = ''): string {
  const path = `/${ods}/nhs-app`;
  if (!channel) return path;
  const c = normaliseCampaign(campaign);
  if (campaignProblem(c)) throw new RangeError(`Not a usable campaign name: ${campaign}`);
  return c ? `${path}?via=${channel}&c=${c}` : `${path}?via=${channel}`;
}

export function registrationLink(origin: string, ods: string, channel?: Channel, campaign = ''): string {
  return `${origin.replace(/\/$/, '')}${registrationPath(ods, channel, campaign)}`;
}

export interface LinkSource {
  channel: Channel;
  campaign: string | null;
}

/** How a patient reached the guide, from its query string; null when not from a staff link. */
export function linkSourceFrom(search: string | URLSearchParams): LinkSource | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const channel = params.get('via');
  if (!isChannel(channel)) return null;
  const raw = normaliseCampaign(params.get('c') ?? '');
  // A campaign that is not one we make is dropped, but the channel still counts.
  const campaign = raw && !campaignProblem(raw) ? raw : null;
  return { channel, campaign };
}
