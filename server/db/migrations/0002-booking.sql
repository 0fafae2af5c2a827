-- Booking (journeys 4 and 5): services, schedules, slots, referrals and appointments are
-- FHIR resources in `resource`; what is not FHIR (how a referral is opened, the
-- practices' lists, sign-in sessions and lock-outs) has its own tables. Sessions and
-- lock-outs live here, not in a server's memory, so every server sees the same.

-- Searches answer in the order resources were added (a practice's phone, video, face to face).
alter table resource add column seq bigint generated always as identity;

create index slot_by_schedule on resource ((content #>> '{schedule,reference}'), (content ->> 'start')) where type = 'Slot';
create index service_by_provider on resource ((content #>> '{providedBy,reference}')) where type = 'HealthcareService';
create index appointment_by_referral on resource ((content #>> '{basedOn,0,reference}')) where type = 'Appointment';

-- Business identifiers that must be unique (a booking reference, the app's own id for a
-- booking): claimed in the transaction that creates the resource, so a conditional
-- create racing on two servers stores once.
create table identifier_index (
  system text not null,
  value text not null,
  type text not null,
  id text not null,
  primary key (system, value)
);

-- How a referral is opened: the letter's password (scrypt, never the password itself)
-- and, where the referral asks for it, the year of birth.
create table referral_access (
  referral_id text primary key,
  ubrn text not null unique,
  password_hash text not null,
  year_of_birth integer not null,
  asks_year_of_birth boolean not null
);

-- Each practice's registered patients, as far as online booking needs them.
create table registered_patient (
  ods text not null,
  given_name text not null,
  family_name text not null,
  birth_date date not null,
  nhs_number text not null,
  postcode text not null
);

create index registered_patient_by_practice on registered_patient (ods);

-- Sign-in sessions: the token's SHA-256, never the token.
create table booking_session (
  token_hash text primary key,
  session jsonb not null,
  expires_at timestamptz not null
);

create index booking_session_expiry on booking_session (expires_at);

-- Wrong sign-ins in a row per referral or practice booking reference, and any lock-out.
create table sign_in_lock (
  key text primary key,
  failures integer not null default 0,
  locked_until timestamptz
);
