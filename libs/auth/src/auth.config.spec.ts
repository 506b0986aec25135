import { DEFAULT_AUTH_CACHE_TTL_MS, loadAuthConfig } from './auth.config';

describe('auth configuration', () => {
  it('defaults the cache TTL and takes a valid one', () => {
    expect(loadAuthConfig({})).toEqual({ cacheTtlMs: DEFAULT_AUTH_CACHE_TTL_MS });
    expect(loadAuthConfig({ AUTH_CACHE_TTL_MS: '0' })).toEqual({ cacheTtlMs: 0 });
    expect(loadAuthConfig({ AUTH_CACHE_TTL_MS: '200' })).toEqual({ cacheTtlMs: 200 });
  });

  it('stops the start naming the variable for a bad TTL', () => {
    expect(() => loadAuthConfig({ AUTH_CACHE_TTL_MS: '5s' })).toThrow(/AUTH_CACHE_TTL_MS/);
    expect(() => loadAuthConfig({ AUTH_CACHE_TTL_MS: '-1' })).toThrow(/AUTH_CACHE_TTL_MS/);
  });
});
