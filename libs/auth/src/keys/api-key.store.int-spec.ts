import { DataSource } from 'typeorm';
import { dropNamespaceDatabases } from '../../../../tests/support/databases';
import { ApiKeyStore } from './api-key.store';
import { openAuthDataSource } from './auth-data-source';

// Two stores over one database stand for two service processes sharing lhasa_auth.
describe('ApiKeyStore against PostgreSQL', () => {
  const TTL_MS = 300;
  let dataSource: DataSource;
  let issuing: ApiKeyStore;
  let checking: ApiKeyStore;

  beforeAll(async () => {
    dataSource = await openAuthDataSource();
    issuing = new ApiKeyStore(dataSource, { cacheTtlMs: TTL_MS });
    checking = new ApiKeyStore(dataSource, { cacheTtlMs: TTL_MS });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropNamespaceDatabases();
  });

  it('issues a key that authenticates as its holder, storing only its hash', async () => {
    const issued = await issuing.issue({ name: 'Tmall Global', role: 'enterprise', enterpriseCode: '5401960001' });
    expect(issued.key).toMatch(new RegExp(`^lhz_${issued.prefix}_`));
    await expect(checking.authenticate(issued.key)).resolves.toEqual({
      keyId: issued.id,
      name: 'Tmall Global',
      role: 'enterprise',
      enterpriseCode: '5401960001',
    });
    const [row] = await dataSource.query('SELECT * FROM api_keys WHERE id = $1', [issued.id]);
    expect(JSON.stringify(row)).not.toContain(issued.key.split('_')[2]);
  });

  it('stops accepting a revoked key once the cache entry expires', async () => {
    const issued = await issuing.issue({ name: 'ops', role: 'admin' });
    expect(await checking.authenticate(issued.key)).not.toBeNull();

    const revoked = await issuing.revoke(issued.prefix);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    // The revoking process forgets at once; another process may trust its cache for one TTL.
    await expect(issuing.authenticate(issued.key)).resolves.toBeNull();
    expect(await checking.authenticate(issued.key)).not.toBeNull();

    await new Promise((resolve) => setTimeout(resolve, TTL_MS + 50));
    await expect(checking.authenticate(issued.key)).resolves.toBeNull();
  });

  it('rejects unknown and malformed keys', async () => {
    const issued = await issuing.issue({ name: 'bureau', role: 'bureau' });
    await expect(checking.authenticate(issued.key.slice(0, -1) + (issued.key.endsWith('a') ? 'b' : 'a'))).resolves.toBeNull();
    await expect(checking.authenticate("lhz_' OR 1=1 --")).resolves.toBeNull();
  });

  it('revokes by id, lists without secrets, and refuses an unknown reference', async () => {
    const issued = await issuing.issue({ name: 'Cainiao bonded warehouse', role: 'operator', enterpriseCode: '5401960009' });
    await issuing.revoke(issued.id);
    await issuing.revoke(issued.id); // idempotent
    const listed = (await issuing.list()).find((k) => k.id === issued.id);
    expect(listed).toMatchObject({ role: 'operator', enterpriseCode: '5401960009', revokedAt: expect.any(Date) });
    expect(listed).not.toHaveProperty('key');
    expect(listed).not.toHaveProperty('keyHash');
    await expect(issuing.revoke('nope1234')).rejects.toMatchObject({ kind: 'not-found', code: 'AUTH.KEY_NOT_FOUND' });
  });

  it('requires an enterprise code exactly for enterprise and operator keys', async () => {
    await expect(issuing.issue({ name: 'x', role: 'enterprise' })).rejects.toMatchObject({ code: 'AUTH.ENTERPRISE_REQUIRED', field: 'enterpriseCode' });
    await expect(issuing.issue({ name: 'x', role: 'admin', enterpriseCode: '5401960001' })).rejects.toMatchObject({
      code: 'AUTH.ENTERPRISE_NOT_ALLOWED',
    });
  });
});
