import { describe, expect, it } from 'vitest';
import { campaignProblem, linkSourceFrom, registrationLink, registrationPath } from '../../../src/domain/nhs-app/registration-link';

describe('registration links', () => {
  it('make the stable shape /:ods/nhs-app?via=<channel>&c=<campaign>', () => {
    expect(registrationPath('Y99001')).toBe('/Y99001/nhs-app');
    expect(registrationPath('Y99001', 'sms')).toBe('/Y99001/nhs-app?via=sms');
    expect(registrationPath('Y99001', 'poster', ' Flu-2026 ')).toBe('/Y99001/nhs-app?via=poster&c=flu-2026');
    expect(registrationLink('https://frontdoor.example/', 'Y99001', 'email', 'spring')).toBe(
      'https://frontdoor.example/Y99001/nhs-app?via=email&c=spring',
    );
  });

  it('accept only short campaign names of letters, digits and hyphens', () => {
    expect(campaignProblem('')).toBeNull();
    expect(campaignProblem('flu-2026')).toBeNull();
    expect(campaignProblem('a'.repeat(30))).toBeNull();
    expect(campaignProblem('a'.repeat(31))).toBe('too-long');
    for (const bad of ['flu 2026', 'flu&x=1', '<script>', 'jane.doe@example.com', 'café']) {
      expect(campaignProblem(bad), bad).toBe('characters');
    }
    expect(() => registrationPath('Y99001', 'sms', 'a b')).toThrow(RangeError);
  });

  it('read back the channel and campaign a patient came from, ignoring anything else', () => {
    expect(linkSourceFrom('?via=sms&c=flu-2026')).toEqual({ channel: 'sms', campaign: 'flu-2026' });
    expect(linkSourceFrom('?via=reception')).toEqual({ channel: 'reception', campaign: null });
    expect(linkSourceFrom('?via=poster&c=<b>')).toEqual({ channel: 'poster', campaign: null });
    expect(linkSourceFrom('?via=facebook')).toBeNull();
    expect(linkSourceFrom('')).toBeNull();
  });
});
