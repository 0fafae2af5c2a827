/*
 * Fictional referrals and the hospital services on their shortlists. Every person is
 * made up; NHS numbers come from the never-issued 999 range (and pass Modulus 11 so
 * the app's own checks accept them). Passwords are what would be printed on the
 * patient's referral letter. See docs/booking-api.md for which referral shows what.
 */

export type SlotPlan =
  /** Free slots most days, a few already taken. */
  | 'plenty'
  /** Exactly one free slot: the last-slot race. */
  | 'last-slot'
  /** Every slot taken: the "service will contact you" path. */
  | 'full';

export interface SeededService {
  id: string;
  name: string;
  provider: string;
  specialty: string;
  address: { line: string[]; city: string; postalCode: string };
  distanceMiles: number;
  typicalWaitWeeks: number;
  accessNotes: string;
  slots: SlotPlan;
}

export const seededServices: SeededService[] = [
  service('derm-northgate', 'Dermatology Outpatients', 'Northgate General Hospital', 'Dermatology', ['Northgate Road'], 'Exampleton', 'EX2 4NG', 2.1, 6, 'Step-free entrance from the main car park. Hearing loop at reception.', 'plenty'),
  service('derm-westfield', 'Skin Clinic', 'Westfield Community Hospital', 'Dermatology', ['12 Orchard Way'], 'Sampleford', 'SF3 1WF', 7.4, 3, 'Free parking. Lift to the first floor.', 'plenty'),
  service('derm-baybridge', 'Dermatology Service', 'Baybridge Treatment Centre', 'Dermatology', ['Unit 4, Quay Park'], 'Baybridge', 'BB1 2QP', 14.9, 2, 'Bus 21 stops outside.', 'plenty'),
  service('eye-eastgate', 'Eye Clinic', 'Eastgate Hospital', 'Ophthalmology', ['Eastgate Lane'], 'Exampleton', 'EX3 9EG', 3.2, 9, 'Your pupils may be dilated: do not drive home.', 'last-slot'),
  service('eye-sampleford', 'Ophthalmology Outpatients', 'Sampleford Royal Infirmary', 'Ophthalmology', ['Infirmary Street'], 'Sampleford', 'SF1 8RI', 9.8, 12, 'Wheelchairs available at the main entrance.', 'plenty'),
  service('ortho-northgate', 'Orthopaedic Clinic', 'Northgate General Hospital', 'Trauma and Orthopaedics', ['Northgate Road'], 'Exampleton', 'EX2 4NG', 2.1, 18, 'Step-free entrance from the main car park.', 'full'),
  service('ortho-baybridge', 'Joint Service', 'Baybridge Treatment Centre', 'Trauma and Orthopaedics', ['Unit 4, Quay Park'], 'Baybridge', 'BB1 2QP', 14.9, 15, 'Bus 21 stops outside.', 'full'),
  service('ent-westfield', 'Ear, Nose and Throat Clinic', 'Westfield Community Hospital', 'ENT', ['12 Orchard Way'], 'Sampleford', 'SF3 1WF', 7.4, 8, 'Free parking.', 'plenty'),
  service('cardio-northgate', 'Cardiology Outpatients', 'Northgate General Hospital', 'Cardiology', ['Northgate Road'], 'Exampleton', 'EX2 4NG', 2.1, 7, 'Step-free entrance from the main car park.', 'plenty'),
  service('gastro-sampleford', 'Gastroenterology Clinic', 'Sampleford Royal Infirmary', 'Gastroenterology', ['Infirmary Street'], 'Sampleford', 'SF1 8RI', 9.8, 10, 'Wheelchairs available at the main entrance.', 'plenty'),
  service('breast-eastgate', 'Breast Clinic', 'Eastgate Hospital', 'Breast Surgery', ['Eastgate Lane'], 'Exampleton', 'EX3 9EG', 3.2, 2, 'You may be seen by more than one person on the day; allow up to 3 hours.', 'plenty'),
];

export interface SeededReferral {
  id: string;
  ubrn: string;
  password: string;
  yearOfBirth: number;
  patientName: string;
  nhsNumber: string;
  specialty: string;
  priority: 'routine' | 'urgent' | 'two-week-wait';
  referringOds: string;
  referringName: string;
  shortlist: string[];
  /** Days from now until the referral expires; negative means it already has. */
  expiresInDays: number;
  /** Booked into the first free slot of its first service at seeding. */
  alreadyBooked?: boolean;
  /** Seeded with five failed sign-ins, locked for the next 30 minutes. */
  locked?: boolean;
  /** Sign-in asks for the year of birth as well as the password. */
  asksYearOfBirth?: boolean;
}

export const seededReferrals: SeededReferral[] = [
  referral(1, 'Otter-Lamp-7', 1958, 'Jo Sample', '9990000018', 'Dermatology', 'routine', ['derm-northgate', 'derm-westfield', 'derm-baybridge']),
  referral(2, 'Kettle-Fern-3', 1971, 'Sam Placeholder', '9990000026', 'Ophthalmology', 'urgent', ['eye-eastgate', 'eye-sampleford']),
  referral(3, 'Harbour-Moth-9', 1983, 'Priya Fictional', '9990000034', 'Ophthalmology', 'routine', ['eye-eastgate', 'eye-sampleford']),
  referral(4, 'Quiet-Bridge-5', 1966, 'Tomasz Madeup', '9990000042', 'Trauma and Orthopaedics', 'routine', ['ortho-northgate', 'ortho-baybridge']),
  { ...referral(5, 'Amber-Cloud-2', 1949, 'Morag Invented', '9990000050', 'ENT', 'routine', ['ent-westfield']), expiresInDays: -10 },
  { ...referral(6, 'Silver-Pond-8', 1990, 'Ade Testperson', '9990000069', 'Cardiology', 'routine', ['cardio-northgate']), alreadyBooked: true },
  { ...referral(7, 'Maple-Drum-4', 1977, 'Rhian Dummy', '9990000077', 'Gastroenterology', 'routine', ['gastro-sampleford']), locked: true },
  referral(8, 'Cedar-Kite-6', 1962, 'Fatima Example', '9990000085', 'Breast Surgery', 'two-week-wait', ['breast-eastgate']),
  { ...referral(9, 'Birch-Lantern-1', 1955, 'Grace Pretend', '9990000093', 'Dermatology', 'routine', ['derm-westfield', 'derm-baybridge']), asksYearOfBirth: true },
];

function referral(
  n: number,
  password: string,
  yearOfBirth: number,
  patientName: string,
  nhsNumber: string,
  specialty: string,
  priority: SeededReferral['priority'],
  shortlist: string[],
): SeededReferral {
  const fromRiverside = n % 2 === 1;
  return {
    id: `referral-${n}`,
    ubrn: `10000000000${n}`,
    password,
    yearOfBirth,
    patientName,
    nhsNumber,
    specialty,
    priority,
    referringOds: fromRiverside ? 'Y99001' : 'Y99004',
    referringName: fromRiverside ? 'Riverside Medical Practice' : 'Harbour Street Surgery',
    shortlist,
    expiresInDays: 150,
  };
}

function service(
  id: string,
  name: string,
  provider: string,
  specialty: string,
  line: string[],
  city: string,
  postalCode: string,
  distanceMiles: number,
  typicalWaitWeeks: number,
  accessNotes: string,
  slots: SlotPlan,
): SeededService {
  return { id, name, provider, specialty, address: { line, city, postalCode }, distanceMiles, typicalWaitWeeks, accessNotes, slots };
}
