-- Front Door's practice backend. FHIR resources are kept as jsonb with their version
-- (meta.versionId) and time (meta.lastUpdated), every version also in resource_history.
-- Nothing lives in a server's memory: N servers on this database behave as one.

create table practice (
  ods text primary key,
  version integer not null,
  settings jsonb not null,
  -- NHS App counts are totals since this moment.
  counts_since timestamptz not null,
  updated_at timestamptz not null
);

create table practice_history (
  ods text not null,
  version integer not null,
  settings jsonb not null,
  updated_at timestamptz not null,
  primary key (ods, version)
);

create table resource (
  type text not null,
  id text not null,
  version_id integer not null,
  last_updated timestamptz not null,
  -- The practice (ODS code) whose data it is, and the online request it came with.
  practice text,
  request_id uuid,
  content jsonb not null,
  primary key (type, id)
);

create table resource_history (
  type text not null,
  id text not null,
  version_id integer not null,
  last_updated timestamptz not null,
  -- null: this version deleted the resource.
  content jsonb,
  primary key (type, id, version_id)
);

create index resource_of_request on resource (request_id) where request_id is not null;
create index questionnaire_by_url on resource ((content ->> 'url'), (content ->> 'version')) where type = 'Questionnaire';

-- References never repeat: the sequence never goes back, not even on a test reset.
create sequence request_number;

create table request (
  client_id uuid primary key,
  ods text not null references practice (ods),
  kind text not null check (kind in ('medical', 'admin')),
  reference text not null unique,
  london_day date not null,
  received_at timestamptz not null,
  -- Set when the practice closes the request; retention counts from here.
  closed_at timestamptz,
  task_id text not null,
  -- The transaction-response, returned again to every resend.
  answer jsonb not null
);

create index request_per_day on request (ods, kind, london_day);
create index request_closed on request (closed_at) where closed_at is not null;

create table request_attempt (
  client_id uuid primary key,
  attempts integer not null
);

create table nhs_app_count (
  ods text not null references practice (ods),
  metric text not null,
  campaign text not null default '',
  n bigint not null,
  primary key (ods, metric, campaign)
);

-- Who read or changed which patient's data, and when.
create table audit_event (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  actor text not null,
  action text not null,
  resource_type text,
  resource_id text,
  practice text,
  detail text
);

create index audit_by_time on audit_event (at);

-- The browser tests' clock (FRONT_DOOR_TEST_API=1 only): shared by every server.
create table test_clock (
  only_row boolean primary key default true check (only_row),
  now timestamptz
);
