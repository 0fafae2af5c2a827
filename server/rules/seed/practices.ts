import type { PracticeSettings, WeekHours } from '../../../src/domain/practice/practice-settings';
import { addDays, londonInstant, londonWallClock } from '../../../src/domain/time/london';

/*
 * Fictional practices. Phone numbers are from Ofcom's range kept for drama
 * (01632 960xxx), so a test never rings a real surgery.
 */

const weekdays = (open: string, close: string): WeekHours => ({
  mon: [{ open, close }],
  tue: [{ open, close }],
  wed: [{ open, close }],
  thu: [{ open, close }],
  fri: [{ open, close }],
  sat: [],
  sun: [],
});

const base = {
  schemaVersion: 1 as const,
  closures: [],
  replyWithinWorkingDays: 2,
  journeys: { requests: true, appointments: true, nhsApp: true },
  embed: { allowedOrigins: [] as string[] },
};

/** Seeds the practices relative to `now`, so "closed now" is closed whenever the seed runs. */
export function seedPractices(now: Date): PracticeSettings[] {
  const today = londonWallClock(now).date;
  return [
    {
      ...base,
      ods: 'Y99001',
      name: 'Riverside Medical Practice',
      address: { lines: ['14 River Road'], town: 'Exampleton', postcode: 'EX1 2AB' },
      phone: '01632 960001',
      website: 'https://riverside.example',
      openingHours: { ...weekdays('08:00', '18:30'), sat: [{ open: '09:00', close: '12:00' }] },
      onlineRequests: {
        medical: { enabled: true, hours: weekdays('07:00', '20:00') },
        admin: { enabled: true, hours: weekdays('07:00', '20:00') },
      },
      replyWithinWorkingDays: 1,
      embed: { allowedOrigins: ['http://127.0.0.1:4180', 'http://localhost:4180'] },
    },
    {
      ...base,
      ods: 'Y99002',
      name: 'Hillview Surgery',
      address: { lines: ['2 Hill Street', 'Upper Town'], town: 'Exampleton', postcode: 'EX4 7QP' },
      phone: '01632 960002',
      openingHours: weekdays('08:00', '18:30'),
      closures: [
        {
          from: londonInstant(addDays(today, -1), 0).toISOString(),
          to: londonInstant(addDays(today, 7), 8 * 60).toISOString(),
          reason: 'Our building is closed after a flood. Please phone us or visit Riverside Medical Practice.',
        },
      ],
      onlineRequests: { medical: { enabled: true }, admin: { enabled: true } },
    },
    {
      ...base,
      ods: 'Y99003',
      name: 'Meadow Lane Health Centre',
      address: { lines: ['Meadow Lane'], town: 'Sampleford', postcode: 'SF2 9LL' },
      phone: '01632 960003',
      openingHours: weekdays('08:30', '18:00'),
      onlineRequests: { medical: { enabled: false }, admin: { enabled: false } },
      journeys: { requests: false, appointments: false, nhsApp: false },
      // The contract lets online requests close in core hours only with a recorded reason.
      requestsOffReason: 'We are moving to a new computer system and cannot take online requests until it is ready. Please phone us.',
    },
    {
      ...base,
      ods: 'Y99004',
      name: 'Harbour Street Surgery',
      address: { lines: ['1 Harbour Street'], town: 'Sampleford', postcode: 'SF1 3HS' },
      phone: '01632 960004',
      openingHours: weekdays('08:00', '18:30'),
      // A cap closes online requests only outside core hours (the contract keeps them open
      // 08:00–18:30 on working days): admin requests here also open 07:00–20:00, capped at 2 a day.
      onlineRequests: {
        medical: { enabled: true, dailyCapacity: 2 },
        admin: { enabled: true, hours: weekdays('07:00', '20:00'), dailyCapacity: 2 },
      },
      replyWithinWorkingDays: 3,
    },
  ];
}
