import { describe, expect, it } from 'vitest';
import { apiGet, apiRequest, ApiError } from '../../../src/platform/api/client';
import type { NhsAppCounts } from '../../../src/domain/nhs-app/count-events';
import '../../setup/mock-backend';

describe('NHS App counts in the mock backend', () => {
  it('adds up link opens per channel and campaign, and nudges per placement', async () => {
    await apiRequest('practices/Y99001/nhs-app-counts', {
      method: 'POST',
      body: {
        events: [
          { kind: 'link-open', channel: 'sms', campaign: 'flu-2026' },
          { kind: 'link-open', channel: 'sms', campaign: 'flu-2026' },
          { kind: 'link-open', channel: 'poster' },
          { kind: 'nudge', placement: 'practice-home', action: 'shown' },
          { kind: 'nudge', placement: 'practice-home', action: 'dismissed' },
        ],
      },
    });
    const counts = await apiGet<NhsAppCounts>('practices/Y99001/nhs-app-counts');
    expect(counts.linkOpens).toEqual({ sms: 2, poster: 1, email: 0, reception: 0, website: 0 });
    expect(counts.campaigns).toEqual([{ channel: 'sms', campaign: 'flu-2026', opens: 2 }]);
    expect(counts.nudges['practice-home']).toEqual({ shown: 1, clicked: 0, dismissed: 1 });
    // Another practice's totals are its own.
    expect((await apiGet<NhsAppCounts>('practices/Y99002/nhs-app-counts')).linkOpens.sms).toBe(0);
  });

  it('refuses anything that could carry personal data or is not a known event', async () => {
    for (const events of [
      [{ kind: 'link-open', channel: 'sms', campaign: 'jane.doe@example.com' }],
      [{ kind: 'link-open', channel: 'sms', nhsNumber: '9990000018' }],
      [{ kind: 'page-view', path: '/Y99001' }],
      [],
    ]) {
      await expect(apiRequest('practices/Y99001/nhs-app-counts', { method: 'POST', body: { events } })).rejects.toMatchObject({
        status: 400,
      });
    }
    await expect(
      apiRequest('practices/Y99001/nhs-app-counts', { method: 'POST', body: { events: [{ kind: 'link-open', channel: 'sms' }], who: 'x' } }),
    ).rejects.toBeInstanceOf(ApiError);
    await expect(apiGet('practices/Z00000/nhs-app-counts')).rejects.toMatchObject({ status: 404 });
  });
});
