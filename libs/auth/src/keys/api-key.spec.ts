import { createHash } from 'node:crypto';
import { generateApiKey, hashApiKey, parseApiKey, randomBase62 } from './api-key';

describe('API key format', () => {
  it('is lhz_<8-char prefix>_<40-char secret> in base62', () => {
    const { key, prefix } = generateApiKey();
    expect(key).toMatch(/^lhz_[0-9A-Za-z]{8}_[0-9A-Za-z]{40}$/);
    expect(key.split('_')[1]).toBe(prefix);
  });

  it('never repeats', () => {
    const keys = new Set(Array.from({ length: 500 }, () => generateApiKey().key));
    expect(keys.size).toBe(500);
  });

  it('is stored as the SHA-256 hex of the whole key, never in plain', () => {
    const { key, hash } = generateApiKey();
    expect(hash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(hash).toHaveLength(64);
    expect(hash).not.toContain(key.split('_')[2]);
    expect(hashApiKey(key)).toBe(hash);
  });

  it('parses well-formed keys and rejects anything else before a database lookup', () => {
    const { key, prefix } = generateApiKey();
    expect(parseApiKey(key)).toEqual({ prefix });
    for (const bad of ['', 'lhz_', `lhz_${prefix}_short`, `xyz_${prefix}_${'a'.repeat(40)}`, `lhz_${prefix}_${'a'.repeat(39)}!`, "lhz_abc'--_x"]) {
      expect(parseApiKey(bad)).toBeUndefined();
    }
  });

  it('draws every base62 character', () => {
    expect(new Set(randomBase62(5000)).size).toBe(62);
  });
});
