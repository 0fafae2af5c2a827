-- A TOTP code works once (RFC 6238, section 5.2: the verifier must not accept the second
-- attempt of a code that has been accepted). The last 30-second step a staff member signed
-- in with; a code from that step or an earlier one is refused. Kept in the database, so a
-- code used on one server is refused by every other.
alter table staff add column totp_last_step bigint;
