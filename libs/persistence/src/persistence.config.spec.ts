import { loadPersistenceConfig } from './persistence.config';

describe('loadPersistenceConfig', () => {
  it('has the documented defaults', () => {
    expect(loadPersistenceConfig({})).toEqual({ poolSize: 10, authPoolSize: 3, logAllQueries: false });
    expect(loadPersistenceConfig({ DATABASE_POOL_SIZE: '4', TYPEORM_LOGGING: 'true' })).toMatchObject({ poolSize: 4, logAllQueries: true });
  });

  it('refuses a pool size that is not a positive integer, naming the variable', () => {
    expect(() => loadPersistenceConfig({ DATABASE_POOL_SIZE: 'ten', AUTH_DATABASE_POOL_SIZE: '0' })).toThrow(
      /DATABASE_POOL_SIZE must be a positive integer, got "ten"; AUTH_DATABASE_POOL_SIZE must be a positive integer, got "0"/,
    );
  });
});
