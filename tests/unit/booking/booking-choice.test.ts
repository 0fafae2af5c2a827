import { describe, expect, it } from 'vitest';
import { bookingChoiceHref, readBookingChoice } from '../../../src/domain/booking';

describe('the patient’s choices in the URL', () => {
  it('reads the service (or kind), the slot and the step', () => {
    expect(readBookingChoice(new URLSearchParams('service=derm-a&slot=derm-a-1'), 'service')).toEqual({ service: 'derm-a', slot: 'derm-a-1' });
    expect(readBookingChoice(new URLSearchParams('type=phone'), 'type')).toEqual({ service: 'phone' });
    expect(readBookingChoice(new URLSearchParams('step=change'), 'service')).toEqual({ step: 'change' });
    expect(readBookingChoice(new URLSearchParams('step=new-time&service=a'), 'service')).toEqual({ step: 'new-time', service: 'a' });
  });

  it('ignores a slot without a service, an unknown step and empty values', () => {
    expect(readBookingChoice(new URLSearchParams('slot=x'), 'service')).toEqual({});
    expect(readBookingChoice(new URLSearchParams('step=delete-everything&service='), 'service')).toEqual({});
    expect(readBookingChoice(new URLSearchParams('service=a'), 'type')).toEqual({});
  });

  it('writes links that keep the journey’s own parameters first', () => {
    expect(bookingChoiceHref('/referral', 'service', { service: 'derm-a', slot: 'derm-a-1' })).toBe('/referral?service=derm-a&slot=derm-a-1');
    expect(bookingChoiceHref('/referral?practice=Y99001', 'service', { step: 'new-time', service: 'a' })).toBe('/referral?practice=Y99001&step=new-time&service=a');
    expect(bookingChoiceHref('/Y99001/appointments', 'type', { service: 'face-to-face' })).toBe('/Y99001/appointments?type=face-to-face');
    expect(bookingChoiceHref('/Y99001/appointments', 'type', {})).toBe('/Y99001/appointments');
    expect(readBookingChoice(new URLSearchParams(bookingChoiceHref('/r', 'service', { service: 'a&b', slot: 's=1' }).split('?')[1]), 'service')).toEqual({ service: 'a&b', slot: 's=1' });
  });
});
