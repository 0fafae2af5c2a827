import type { Answers, TriageResult } from '../triage/types';
import type { DateParts } from '../person/date-of-birth';
import type { ForWho, RequestKind } from './request-types';

/** A photo after it was checked and resized on the device. */
export interface RequestPhoto {
  id: string;
  contentType: 'image/jpeg';
  /** Base64 of the re-encoded image: no camera or location metadata survives re-encoding. */
  data: string;
  bytes: number;
  width: number;
  height: number;
}

/**
 * Everything a patient has answered, kept as typed (strings), so nothing is lost when
 * an answer is not valid yet. Saved on the device after every change (unless the
 * device is shared) and deleted once the request is sent.
 */
export interface RequestDraft {
  /** Also the request's client id and Idempotency-Key: one draft, one request, sent once. */
  id: string;
  ods: string;
  createdAt: string;
  updatedAt: string;
  kind?: RequestKind;
  reason?: string;
  forWho?: ForWho;
  /** Asked before the emergency screen (which has adult and child versions); no personal details. */
  under16?: 'yes' | 'no';
  relationship?: string;
  relationshipOther?: string;
  /** Parental responsibility (child) or their agreement (adult). */
  consent?: 'yes' | 'no';
  replyTo?: 'patient' | 'me';
  patient: {
    givenName: string;
    familyName: string;
    dob: DateParts;
    sex?: string;
    nhsNumber: string;
    postcode: string;
  };
  proxy: { givenName: string; familyName: string };
  contact: { methods: string[]; phone: string; email: string; times: string[]; leaveMessage?: 'yes' | 'no' };
  needs: { needs: string[]; language: string };
  /** Triage answers by questionnaire id (emergency screen, topic, safety-net questions). */
  answers: Record<string, Answers>;
  topic?: string;
  /** Topics the patient's own words point to, offered after "Something else". */
  topicSuggestions?: string[];
  /** What the patient chose from those suggestions (a topic id, or "something-else" for none). */
  suggestedTopicChoice?: string;
  /** Safety-net questions to ask, found in free text. */
  safetyNetAsk: string[];
  /** The free text has been read for worrying words, so every triage question to come is known. */
  freeTextChecked?: boolean;
  /** The last advice page shown (an outcome id): a changed answer that changes it shows the new one. */
  outcomeShown?: string;
  description: string;
  photos: RequestPhoto[];
  photoConsent: boolean;
  wantsPhotos?: 'yes' | 'no';
  /** Put in the outbox: no longer offered to carry on (unless the practice refuses it). */
  submittedAt?: string;
}

export function emptyDraft(id: string, ods: string, now: Date): RequestDraft {
  const at = now.toISOString();
  return {
    id,
    ods,
    createdAt: at,
    updatedAt: at,
    patient: { givenName: '', familyName: '', dob: { day: '', month: '', year: '' }, nhsNumber: '', postcode: '' },
    proxy: { givenName: '', familyName: '' },
    contact: { methods: [], phone: '', email: '', times: [] },
    needs: { needs: [], language: '' },
    answers: {},
    safetyNetAsk: [],
    description: '',
    photos: [],
    photoConsent: false,
  };
}

/** The outcome of triage that travels with the request. */
export interface RequestTriage {
  disposition: TriageResult['disposition'];
  outcomeId: string;
  pharmacyCondition?: TriageResult['pharmacyCondition'];
  firedRules: string[];
  contentVersion: string;
  /** Each questionnaire answered, with its own result. */
  results: TriageResult[];
}
