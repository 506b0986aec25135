import { createHash, randomBytes } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const KEY_PREFIX_LENGTH = 8;
/** 40 base62 characters ≈ 238 bits of entropy. */
export const KEY_SECRET_LENGTH = 40;
const KEY_PATTERN = /^lhz_([0-9A-Za-z]{8})_([0-9A-Za-z]{32,})$/;

/** Uniform base62 from CSPRNG bytes; bytes ≥ 248 are dropped so no character is favoured. */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

export interface GeneratedKey {
  key: string;
  prefix: string;
  hash: string;
}

/** A new key `lhz_<prefix>_<secret>`; the prefix is public (lists, logs), the secret is not. */
export function generateApiKey(): GeneratedKey {
  const prefix = randomBase62(KEY_PREFIX_LENGTH);
  const key = `lhz_${prefix}_${randomBase62(KEY_SECRET_LENGTH)}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/**
 * SHA-256 hex of the whole key. A slow KDF (bcrypt, scrypt) protects low-entropy passwords from
 * guessing; these keys carry ~238 random bits, so a fast hash is already infeasible to reverse
 * and lets every request be checked by one indexed lookup.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The prefix of a well-formed key, or undefined (so malformed input never reaches the database). */
export function parseApiKey(key: string): { prefix: string } | undefined {
  const match = KEY_PATTERN.exec(key);
  return match ? { prefix: match[1] } : undefined;
}
