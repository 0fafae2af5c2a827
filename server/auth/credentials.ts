import { createHash, createHmac, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { Secret, TOTP } from 'otpauth';
import { TOTP_WINDOW } from '../rules/practice-area/sign-in';

/*
 * Staff credentials: passwords as scrypt hashes (never the password), TOTP secrets
 * (RFC 6238: 30 s steps, SHA-1, 6 digits, what every authenticator app reads), and
 * random tokens kept only as their SHA-256.
 */

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, 32);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** A stored hash every unknown email is checked against, so "no such account" takes as long as "wrong password". */
export const DECOY_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const given = await scrypt(password, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(given, expected);
}

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totpFor = (secret: string, email = 'staff') => new TOTP({ issuer: 'Front Door', label: email, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

/** The otpauth:// URI an authenticator app scans (or is typed from). */
export const totpUri = (secret: string, email: string): string => totpFor(secret, email).toString();

/**
 * The 30-second step (counter since 1970) whose code `code` is, when it is right at `now`,
 * one step either side; null when it is not right. The caller refuses a step already used.
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secret).validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : Math.floor(now.getTime() / 30_000) + delta;
}

/** The code at `now` (demo accounts and tests only). */
export const totpCode = (secret: string, now: Date): string => totpFor(secret).generate({ timestamp: now.getTime() });

export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A password a person can type once, then change: 4 groups of 4 from an unambiguous alphabet. */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'; // 32 letters: every byte maps evenly
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** The status key: the first 128 bits of HMAC-SHA256(client id) under the server secret, as hex. */
export const statusKeyOf = (secret: string, clientId: string): string => createHmac('sha256', Buffer.from(secret, 'hex')).update(clientId).digest('hex').slice(0, 32);
