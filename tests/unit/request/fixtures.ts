import { emptyDraft, type RequestDraft } from '../../../src/domain/request/draft';

/** A Monday morning in November (London time = UTC in winter). */
export const NOW = new Date('2026-11-23T10:00:00Z');
export const CLIENT_ID = '0b6c4f1e-2d3a-4c5b-8e9f-a1b2c3d4e5f6';

/** Fictional people only; NHS numbers from the never-issued 999 range. */
export const VALID_NHS_NUMBERS = ['9999999999', '999 111 2227', '999-100-0003', '9990000018'];

export function completeDraft(overrides: Partial<RequestDraft> = {}): RequestDraft {
  const draft = emptyDraft(CLIENT_ID, 'Y99001', NOW);
  return {
    ...draft,
    kind: 'admin',
    reason: 'fit-note',
    forWho: 'me',
    under16: 'no',
    patient: { givenName: 'Ada', familyName: 'Testperson', dob: { day: '7', month: '3', year: '1980' }, sex: 'female', nhsNumber: '999 999 9999', postcode: 'ex12ab' },
    contact: { methods: ['phone', 'email'], phone: '07700 900123', email: 'ada@example.com', times: ['morning'], leaveMessage: 'yes' },
    needs: { needs: ['none'], language: '' },
    description: 'I need a fit note for my back.',
    wantsPhotos: 'no',
    ...overrides,
  };
}
