import type { Disposition } from '../../domain/triage/dispositions';
import { SOURCES } from './sources';

/** NHS.UK care card levels. */
export type CareCard = 'immediate' | 'urgent' | 'non-urgent';

/**
 * Ways to get help. `href` is a phone, text or web link the page offers; web links
 * open outside an embedding frame. The outcome page links every channel that has one.
 */
export interface Channel {
  id: string;
  /** Translation key of the label, e.g. "Call 999". */
  label: string;
  /** Translation key of one plain sentence on who it is for. */
  detail: string;
  href?: string;
}

const channel = (id: string, href?: string): Channel => ({
  id,
  label: `channels.${id}.label`,
  detail: `channels.${id}.detail`,
  ...(href ? { href } : {}),
});

export const CHANNELS = {
  call999: channel('call-999', 'tel:999'),
  text999: channel('text-999', 'sms:999'),
  relay999: channel('relay-999', 'tel:18000'),
  bsl999: channel('bsl-999', 'https://999bsl.co.uk/'),
  call111: channel('call-111', 'tel:111'),
  online111: channel('online-111', 'https://111.nhs.uk/'),
  mentalHealth111: channel('mental-health-111', 'tel:111'),
  relay111: channel('relay-111', 'tel:18001111'),
  bsl111: channel('bsl-111', 'https://signvideo.co.uk/nhs111/'),
  practicePhone: channel('practice-phone'),
  pharmacy: channel('pharmacy', 'https://www.nhs.uk/service-search/pharmacy/find-a-pharmacy'),
  // --- Topics A (branch topics-a): services other than the practice that NHS.UK sends
  // these problems to.
  dentist: channel('dentist', 'https://www.nhs.uk/service-search/find-a-dentist'),
  sexualHealthClinic: channel('sexual-health-clinic', 'https://www.nhs.uk/service-search/sexual-health/find-a-sexual-health-clinic'),
  // --- end Topics A
} as const satisfies Record<string, Channel>;

export interface OutcomeDefinition {
  id: string;
  disposition: Disposition;
  careCard: CareCard;
  title: string;
  doNow: string;
  ifWorse: string;
  channels: readonly Channel[];
  /** The NHS page this advice follows; also offered to the patient as "read more". */
  source: string;
  /**
   * Emergency outcomes stop the journey: nothing is sent, nothing more is asked, and
   * they must render offline.
   */
  stopsJourney: boolean;
}

const EMERGENCY_CHANNELS = [CHANNELS.call999, CHANNELS.text999, CHANNELS.relay999, CHANNELS.bsl999];
const URGENT_CHANNELS = [CHANNELS.call111, CHANNELS.online111, CHANNELS.relay111, CHANNELS.bsl111];

function outcome(
  id: string,
  disposition: Disposition,
  careCard: CareCard,
  channels: readonly Channel[],
  source: string,
  stopsJourney: boolean,
): OutcomeDefinition {
  return {
    id,
    disposition,
    careCard,
    title: `outcomes.${id}.title`,
    doNow: `outcomes.${id}.doNow`,
    ifWorse: `outcomes.${id}.ifWorse`,
    channels,
    source,
    stopsJourney,
  };
}

export const OUTCOMES: readonly OutcomeDefinition[] = [
  outcome('call-999', 'call-999', 'immediate', EMERGENCY_CHANNELS, SOURCES.call999, true),
  outcome('go-to-ae', 'go-to-ae', 'immediate', EMERGENCY_CHANNELS, SOURCES.ae, true),
  outcome('call-111', 'call-111', 'urgent', URGENT_CHANNELS, SOURCES.nhs111, true),
  outcome('practice-today', 'practice-today', 'urgent', [CHANNELS.practicePhone, ...URGENT_CHANNELS], SOURCES.nhs111, false),
  outcome('pharmacy', 'pharmacy', 'non-urgent', [CHANNELS.pharmacy, CHANNELS.call111, CHANNELS.online111], SOURCES.pharmacyFirst, false),
  outcome('routine', 'routine', 'non-urgent', [CHANNELS.call111, CHANNELS.online111], SOURCES.nhs111, false),
  outcome('self-care', 'self-care', 'non-urgent', [CHANNELS.pharmacy, CHANNELS.call111, CHANNELS.online111], SOURCES.pharmacyFirst, false),
  outcome('mental-health-999', 'call-999', 'immediate', EMERGENCY_CHANNELS, SOURCES.mentalHealthCrisis, true),
  outcome(
    'mental-health-111',
    'call-111',
    'urgent',
    [CHANNELS.mentalHealth111, CHANNELS.relay111, CHANNELS.bsl111, CHANNELS.call999],
    SOURCES.mentalHealthCrisis,
    true,
  ),
  outcome('maternity-now', 'call-111', 'urgent', [CHANNELS.call111, CHANNELS.relay111, CHANNELS.bsl111, CHANNELS.call999], SOURCES.pregnancy, true),
  // --- Topics A (branch topics-a). A GP cannot treat teeth: NHS.UK sends dental problems to
  // a dentist, or to 111 for urgent dental care when there is no dentist or it is closed.
  outcome('dentist-urgent', 'call-111', 'urgent', [CHANNELS.dentist, ...URGENT_CHANNELS], SOURCES.dentalEmergency, true),
  outcome('dentist', 'routine', 'non-urgent', [CHANNELS.dentist, CHANNELS.call111, CHANNELS.online111], SOURCES.toothache, false),
  // Emergency contraception works best the sooner it is taken; most pharmacies give it free.
  outcome(
    'emergency-contraception',
    'practice-today',
    'urgent',
    [CHANNELS.pharmacy, CHANNELS.sexualHealthClinic, CHANNELS.practicePhone, ...URGENT_CHANNELS],
    SOURCES.emergencyContraception,
    false,
  ),
  // PEP must start within 72 hours: a sexual health clinic, or A&E when it is closed.
  outcome('hiv-pep', 'call-111', 'urgent', [CHANNELS.sexualHealthClinic, ...URGENT_CHANNELS], SOURCES.hivPrevention, true),
  outcome('sexual-health', 'routine', 'non-urgent', [CHANNELS.sexualHealthClinic, CHANNELS.call111, CHANNELS.online111], SOURCES.stis, false),
  // --- end Topics A
];

export function findOutcome(id: string): OutcomeDefinition | undefined {
  return OUTCOMES.find((o) => o.id === id);
}

/** Shared keys the outcome page shows beside the outcome's own text. */
export const OUTCOME_PAGE_KEYS = [
  'careCards.immediate',
  'careCards.urgent',
  'careCards.non-urgent',
  'outcomePage.numbersHeading',
  'outcomePage.readMore',
  'outcomePage.nothingSent',
  'outcomePage.pharmacyCondition',
] as const;
