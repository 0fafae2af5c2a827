-- The practice area (docs/practice-area-api.md): staff accounts and their sessions, the
-- sign-in counts that lock an account or slow an address, the request workflow, and the
-- server secret behind the patient's status key. All of it here, none of it in a
-- server's memory, so N servers on this database act as one.

create table staff (
  id uuid primary key,
  ods text not null references practice (ods),
  name text not null,
  -- Kept lower-case: one account per address, whatever the case typed.
  email text not null unique,
  role text not null check (role in ('staff', 'admin')),
  -- scrypt: "scrypt$<salt hex>$<key hex>", never the password.
  password_hash text not null,
  -- Base32 TOTP secret (RFC 6238).
  totp_secret text not null,
  disabled boolean not null default false,
  -- Wrong passwords (or codes) in a row, and the lock-out they caused.
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null
);

create index staff_by_practice on staff (ods);

-- A signed-in staff member: the cookie's SHA-256, never the cookie.
create table staff_session (
  id_hash text primary key,
  staff_id uuid not null references staff (id) on delete cascade,
  created_at timestamptz not null,
  last_seen timestamptz not null,
  -- The absolute end (12 hours after sign-in); the idle end is last_seen + 30 minutes.
  expires_at timestamptz not null
);

create index staff_session_expiry on staff_session (expires_at);

-- A correct password waiting for its TOTP code: the token's SHA-256.
create table staff_sign_in_pending (
  token_hash text primary key,
  staff_id uuid not null references staff (id) on delete cascade,
  expires_at timestamptz not null
);

-- Sign-in attempts per client address in the current window.
create table staff_sign_in_rate (
  address text primary key,
  window_start timestamptz not null,
  attempts integer not null
);

-- Where a request is in the practice's work. closed_at (0001) is set on completion too,
-- so retention counts from then.
alter table request add column status text not null default 'new' check (status in ('new', 'in-progress', 'completed'));
alter table request add column assigned_to uuid references staff (id) on delete set null;
alter table request add column outcome text;
alter table request add column outcome_note text;
alter table request add column completed_by text;
alter table request add column completed_at timestamptz;

create index request_inbox on request (ods, status);

-- What staff did with a request (assigned, started, replied, completed), shown on it.
create table request_event (
  id bigint generated always as identity primary key,
  client_id uuid not null references request (client_id) on delete cascade,
  at timestamptz not null,
  by_name text not null,
  what text not null
);

create index request_event_of_request on request_event (client_id);

-- Secrets every server must share (the status-key HMAC key), made once by whichever
-- server gets there first.
create table server_secret (
  name text primary key,
  value text not null
);

-- Who changed the practice settings, and which parts.
alter table practice_history add column changed_by text;
alter table practice_history add column changed jsonb;
